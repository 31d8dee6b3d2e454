package org.sira.reintegration;

/** What a training teaches, or what a business does. */
public enum EconomicSector { AGRICULTURE, LIVESTOCK, FISHING, CRAFTS, TRADE, OTHER }
