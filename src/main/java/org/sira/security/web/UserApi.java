package org.sira.security.web;

import java.util.Set;
import java.util.UUID;

import org.sira.security.Role;
import org.sira.security.UserAccounts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/users} of api-v1.md. */
@RestController
class UserApi {

    private final UserAccounts accounts;

    UserApi(UserAccounts accounts) {
        this.accounts = accounts;
    }

    record CreatedUser(UUID id, String username, Set<Role> roles) {
    }

    @PostMapping("/api/v1/users")
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    ResponseEntity<CreatedUser> create(@Validated @RequestBody UserAdmin.UserRequest request) {
        UserAccounts.UserAccount created = accounts.create(request.toNewUser());
        return ResponseEntity.status(HttpStatus.CREATED).body(new CreatedUser(created.id(), created.username(), created.roles()));
    }
}
