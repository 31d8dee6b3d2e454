package org.sira.reintegration;

/** Enrolled until the training is completed or the person drops out; both are final. */
public enum TrainingStatus { ENROLLED, COMPLETED, DROPPED_OUT }
