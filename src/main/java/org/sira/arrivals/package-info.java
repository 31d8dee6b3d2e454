/**
 * Arrivals: flights and convoys (arrival groups) and the returns of persons (one per arrival:
 * kind, country, dates, circumstances). Manifests and the rights check at arrival belong here.
 */
package org.sira.arrivals;
