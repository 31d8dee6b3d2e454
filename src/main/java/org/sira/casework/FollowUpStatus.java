package org.sira.casework;

/** Open until an outcome is recorded (done), or cancelled when the person died or left again. */
public enum FollowUpStatus { OPEN, DONE, CANCELLED }
