package org.sira.people;

public enum Sex { M, F }
