package org.sira.reintegration;

/** A grant paid in cash (often by mobile money) or given as goods (tools, seeds, animals), valued in XOF. */
public enum GrantKind { CASH, IN_KIND }
