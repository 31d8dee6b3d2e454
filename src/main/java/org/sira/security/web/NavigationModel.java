package org.sira.security.web;

import java.util.HashMap;
import java.util.Map;

import org.sira.security.CurrentUser;
import org.sira.security.Permission;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page needs to draw its menu: who is logged in and what they may do. */
@ControllerAdvice
class NavigationModel {

    @ModelAttribute("can")
    Map<String, Boolean> can() {
        Map<String, Boolean> can = new HashMap<>();
        for (Permission permission : Permission.values()) {
            can.put(permission.name(), CurrentUser.may(permission));
        }
        return can;
    }

    @ModelAttribute("currentUser")
    String currentUser() {
        return CurrentUser.name();
    }
}
