package vn.lienthong.gateway.admin;

import java.security.Principal;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.lienthong.gateway.security.UserAccount;
import vn.lienthong.gateway.security.UserAdministration;

/** {@code /api/admin/users}: the built-in admin gives colleagues access without touching the database. */
@RestController
public class AdminUsersController {

    /** A new or changed user: password (12 characters or more), roles, and why, for the audit log. */
    public record UserRequest(String password, List<String> roles, String reason) {
    }

    private final UserAdministration users;

    public AdminUsersController(UserAdministration users) {
        this.users = users;
    }

    @Operation(summary = "Every user with roles and whether enabled (built-in admin only)")
    @GetMapping(path = "/api/admin/users", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<UserAccount> all() {
        return users.all();
    }

    @Operation(summary = "Create a user or set its password and roles (built-in admin only)")
    @PutMapping(path = "/api/admin/users/{username}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public UserAccount save(@PathVariable String username, @RequestBody UserRequest body, Principal admin) {
        return users.save(username, body.password(), body.roles(), admin.getName(), body.reason());
    }

    @Operation(summary = "Disable a user: it can no longer log in (built-in admin only)")
    @PostMapping(path = "/api/admin/users/{username}/disable", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Void> disable(@PathVariable String username, @RequestBody ReasonRequest body,
                                        Principal admin) {
        users.disable(username, admin.getName(), body.reason());
        return ResponseEntity.noContent().build();
    }
}
