package org.sira.casework;

/** Kinds of services the organisation itself gives a person (partners' services are referrals). */
public enum ServiceKind { INFORMATION, ACCOMPANIMENT, DOCUMENTS_HELP, TRANSPORT, FOOD, HEALTH_FIRST_AID, OTHER }
