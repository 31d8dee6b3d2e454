package org.sira.arrivals;

public enum Transport { FLIGHT, ROAD_CONVOY, INDIVIDUAL }
