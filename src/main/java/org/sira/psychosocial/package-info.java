/**
 * Psychosocial support: notes of sessions with a counsellor. Their text is readable by the
 * counsellor role alone, sealed at rest, and every reading is audited.
 */
package org.sira.psychosocial;
