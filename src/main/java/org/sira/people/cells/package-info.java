/**
 * Reading the cells of a spreadsheet that describe a person (sex, date of birth, phone) and the day
 * of a return, the way registers write them: shared by the returns import and the manifests.
 */
@org.springframework.modulith.NamedInterface("cells")
package org.sira.people.cells;
