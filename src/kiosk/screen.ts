/** Sent on window by the borne's island when its screen changes (start screen or questionnaire): see frame.ts. */
export const SCREEN_EVENT = 'borne-screen';
