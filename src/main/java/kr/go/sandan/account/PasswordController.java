package kr.go.sandan.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.go.sandan.web.FieldLabel;

/** Everyone changes their own password here; people with a temporary one must. */
@Controller
class PasswordController {

	private final AccountService accounts;

	private final SecurityContextRepository contexts;

	PasswordController(AccountService accounts, SecurityContextRepository contexts) {
		this.accounts = accounts;
		this.contexts = contexts;
	}

	record PasswordForm(@FieldLabel("password.current") @NotBlank String currentPassword,
			@FieldLabel("password.new") @NotBlank String newPassword,
			@FieldLabel("password.confirm") @NotBlank String confirmPassword) {
	}

	@GetMapping(PasswordChangeInterceptor.PASSWORD_PAGE)
	String page(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("required", user.isMustChangePassword());
		model.addAttribute("form", new PasswordForm("", "", ""));
		return "account/password";
	}

	@PostMapping(PasswordChangeInterceptor.PASSWORD_PAGE)
	String change(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") PasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		model.addAttribute("required", user.isMustChangePassword());
		if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("confirmPassword")
				&& !form.newPassword().equals(form.confirmPassword())) {
			result.rejectValue("confirmPassword", "password.mismatch");
		}
		if (result.hasErrors()) {
			return "account/password";
		}
		String broken = this.accounts.changeOwnPassword(user, form.currentPassword(), form.newPassword(),
				request.getSession().getId());
		if (broken != null) {
			result.rejectValue(broken.equals("password.currentWrong") ? "currentPassword" : "newPassword", broken);
			return "account/password";
		}
		// the session the password was changed in goes on under a new id: the old one
		// ends with the others
		request.changeSessionId();
		PortalUser changed = user.withPasswordChanged();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		redirect.addFlashAttribute("flashMessage", "password.changed");
		return "redirect:/me";
	}

}
