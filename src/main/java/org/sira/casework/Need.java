package org.sira.casework;

/** What a returnee may need, as the needs assessment of a case lists it. */
public enum Need { SHELTER, FOOD, HEALTH, PSYCHOSOCIAL, FAMILY_CONFLICT, DOCUMENTS, DEBT, LIVELIHOOD, LEGAL }
