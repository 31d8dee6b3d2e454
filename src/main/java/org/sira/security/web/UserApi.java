package org.sira.security.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.sira.security.PasswordChanges;
import org.sira.security.SignedInSession;
import org.sira.security.Role;
import org.sira.security.UserAccounts;
import org.sira.shared.PageOf;
import org.sira.shared.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The users part of api-v1.md: create, list, change (administrators), and one's own password (everyone). */
@RestController
class UserApi {

    private final UserAccounts accounts;
    private final PasswordChanges passwords;
    private final SignedInSession session;

    UserApi(UserAccounts accounts, PasswordChanges passwords, SignedInSession session) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.session = session;
    }

    record CreatedUser(UUID id, String username, Set<Role> roles) {
    }

    /** Any of the fields; those left out stay as they are. {@code version}, when sent, must be the current one. */
    record UserChange(Boolean enabled, List<String> roles, @Size(max = 300) String displayName, Integer version) {
    }

    record PasswordChange(@Size(max = 1000) String currentPassword, @Size(max = 1000) String newPassword) {
    }

    @PostMapping("/api/v1/users")
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    ResponseEntity<CreatedUser> create(@Validated @RequestBody UserAdmin.UserRequest request) {
        UserAccounts.UserAccount created = accounts.create(request.toNewUser());
        return ResponseEntity.status(HttpStatus.CREATED).body(new CreatedUser(created.id(), created.username(), created.roles()));
    }

    @GetMapping("/api/v1/users")
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    PageOf<UserAccounts.Summary> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return accounts.list(new Paging(page, size)).map(UserAccounts.UserAccount::summary);
    }

    @PatchMapping("/api/v1/users/{id}")
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    UserAccounts.Summary change(@PathVariable UUID id, @Validated @RequestBody UserChange change) {
        return accounts.change(id, new UserAccounts.AccountChange(change.enabled(),
                change.roles() == null ? null : UserAdmin.parseRoles(change.roles()), change.displayName(), change.version())).summary();
    }

    @PutMapping("/api/v1/users/me/password")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Void> changeOwnPassword(@Validated @RequestBody PasswordChange change, Authentication authentication) {
        UserAccounts.UserAccount changed = passwords.changeOwn(authentication.getName(), change.currentPassword(), change.newPassword());
        session.carryOn(changed);
        return ResponseEntity.noContent().build();
    }
}
