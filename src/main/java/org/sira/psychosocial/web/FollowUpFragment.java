package org.sira.psychosocial.web;

import java.util.UUID;

import org.sira.psychosocial.CounsellingSessions;
import org.sira.security.CurrentUser;
import org.sira.security.Permission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The small part of the person's and the casework pages that says whether a psychosocial follow-up
 * exists and when the next session is: all that a caseworker or coordinator may know of it.
 */
@Controller
@PreAuthorize("hasAnyAuthority('PSYCHOSOCIAL_NOTES', 'CASEWORK')")
class FollowUpFragment {

    private final CounsellingSessions sessions;

    FollowUpFragment(CounsellingSessions sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/persons/{id}/psychosocial-follow-up")
    String followUp(@PathVariable UUID id, Model model) {
        model.addAttribute("followUp", sessions.followUp(id));
        model.addAttribute("personId", id);
        model.addAttribute("counsellor", CurrentUser.may(Permission.PSYCHOSOCIAL_NOTES));
        return "psychosocial/follow-up :: follow-up";
    }
}
