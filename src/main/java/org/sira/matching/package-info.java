/**
 * Record linkage for Sira: recognises a returnee seen before despite spelling differences, without
 * merging the many different people who share common Malian names. Pure Java, no framework.
 */
package org.sira.matching;
