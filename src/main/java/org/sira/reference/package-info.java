/**
 * Reference lists: countries (ISO 3166-1, continent), Mali's administrative divisions
 * (regions, cercles, communes, including the 2023 regions) and national languages.
 */
package org.sira.reference;
