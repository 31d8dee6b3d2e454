/**
 * The tiny kernel every module may use: domain exceptions with message keys, field errors,
 * paged lists and the problem-details translation of errors. Nothing else belongs here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.sira.shared;
