/**
 * Record linkage for Malian names: normalisation, spelling-tolerant keys, blocking and scoring.
 * Plain Java, no Spring.
 */
package org.sira.matching;
