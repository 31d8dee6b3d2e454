/**
 * Synthetic demonstration data (Malian names and places, deterministic from a seed) for trying
 * Sira out; refuses any database that already holds persons.
 */
package org.sira.demo;
