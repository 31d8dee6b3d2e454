/**
 * Casework after a return: referrals to partners (with the person's consent to share data, or an
 * audited override), follow-ups scheduled after each return (kept as one plan per return until one
 * of them is touched) and their outcomes, the weekly due list.
 */
package org.sira.casework;
