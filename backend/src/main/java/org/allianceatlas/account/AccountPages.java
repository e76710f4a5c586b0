package org.allianceatlas.account;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.allianceatlas.graphql.BadArgumentException;
import org.allianceatlas.graphql.NotFoundException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sign-in page, the signed-in user's own account page (password, access tokens), and
 * the admins' accounts page. Every form posts with a CSRF token (Thymeleaf's
 * {@code th:action} adds it) and redirects afterwards, so a reload never repeats it.
 */
@Controller
class AccountPages {

	private final AccountService accounts;

	private final Clock clock;

	AccountPages(AccountService accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, HttpSession session, Model model) {
		if (error != null && session != null) {
			Object problem = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			String message = "Wrong user name or password.";
			if (problem instanceof ThrottledLogin.TooManyAttemptsException tooMany) {
				message = tooMany.getMessage();
			}
			else if (problem instanceof DisabledException) {
				message = "This account is disabled; ask an admin.";
			}
			model.addAttribute("problem", message);
		}
		return "account/login";
	}

	@GetMapping("/account")
	String account(Authentication authentication, Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "private, no-store");
		String name = authentication.getName();
		model.addAttribute("account", this.accounts.find(name).orElse(null));
		model.addAttribute("userName", name);
		model.addAttribute("tokens", this.accounts.find(name).isPresent() ? this.accounts.tokens(name) : List.of());
		model.addAttribute("now", this.clock.instant());
		return "account/account";
	}

	@PostMapping("/account/password")
	String changePassword(Authentication authentication, @RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, RedirectAttributes redirect) {
		try {
			this.accounts.changePassword(authentication.getName(), currentPassword, newPassword);
			redirect.addFlashAttribute("done", "Your password is changed.");
		}
		catch (BadArgumentException | NotFoundException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/account";
	}

	@PostMapping("/account/tokens")
	String createToken(Authentication authentication, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) Integer expiresInDays, RedirectAttributes redirect) {
		try {
			NewAccessToken created = this.accounts.createToken(authentication.getName(), name, expiresInDays);
			// a flash attribute lives in the session until the next page shows it, once
			redirect.addFlashAttribute("created", created);
		}
		catch (BadArgumentException | NotFoundException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/account";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(Authentication authentication, @PathVariable String id, RedirectAttributes redirect) {
		try {
			AccessToken token = this.accounts.revokeToken(authentication.getName(), id);
			redirect.addFlashAttribute("done", "The token '" + token.name() + "' is revoked.");
		}
		catch (NotFoundException ex) {
			redirect.addFlashAttribute("problem", "You have no such token.");
		}
		return "redirect:/account";
	}

	@GetMapping("/admin/accounts")
	String adminAccounts(Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "private, no-store");
		model.addAttribute("accounts", this.accounts.all());
		model.addAttribute("roles", Role.values());
		return "account/accounts";
	}

	@PostMapping("/admin/accounts")
	String createAccount(Authentication authentication, @RequestParam(defaultValue = "") String userName,
			@RequestParam(defaultValue = "") String password, @RequestParam(required = false) List<Role> roles,
			RedirectAttributes redirect) {
		try {
			Account account = this.accounts.create(authentication.getName(), userName, password, roles(roles));
			redirect.addFlashAttribute("done", "The account '" + account.userName() + "' is created.");
		}
		catch (BadArgumentException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{userName}/roles")
	String setRoles(Authentication authentication, @PathVariable String userName,
			@RequestParam(required = false) List<Role> roles, RedirectAttributes redirect) {
		try {
			Account account = this.accounts.setRoles(authentication.getName(), userName, roles(roles));
			redirect.addFlashAttribute("done", "The roles of '" + account.userName() + "' are changed.");
		}
		catch (BadArgumentException | NotFoundException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{userName}/enabled")
	String setEnabled(Authentication authentication, @PathVariable String userName, @RequestParam boolean enabled,
			RedirectAttributes redirect) {
		try {
			Account account = this.accounts.setEnabled(authentication.getName(), userName, enabled);
			redirect.addFlashAttribute("done",
					"The account '" + account.userName() + "' is " + (enabled ? "enabled." : "disabled."));
		}
		catch (BadArgumentException | NotFoundException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin/accounts";
	}

	private static Set<Role> roles(List<Role> roles) {
		return (roles == null || roles.isEmpty()) ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

}
