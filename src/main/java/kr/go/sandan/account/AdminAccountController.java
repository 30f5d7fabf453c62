package kr.go.sandan.account;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.go.sandan.region.Region;
import kr.go.sandan.region.Regions;

/**
 * Account management for administrators: list, create, change, disable, reset password.
 */
@Controller
@RequestMapping("/admin/accounts")
class AdminAccountController {

	static final int PAGE_SIZE = 50;

	private final AccountService accounts;

	private final Regions regions;

	private final LeadMinistries ministries;

	AdminAccountController(AccountService accounts, Regions regions, LeadMinistries ministries) {
		this.accounts = accounts;
		this.regions = regions;
		this.ministries = ministries;
	}

	@InitBinder
	void noIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("ministries", this.ministries.codes());
		List<Region> all = this.regions.all();
		model.addAttribute("regions", all);
		// the list names each account's region by its current name, from this one query
		model.addAttribute("regionsByCode",
				all.stream().collect(Collectors.toMap(Region::getCode, Function.identity())));
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("accounts", this.accounts.page(kr.go.sandan.web.Paging.page(page, PAGE_SIZE)));
		return "account/admin-list";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form", AccountForm.empty());
		model.addAttribute("creating", true);
		return "account/admin-form";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("creating", true);
		if (!StringUtils.hasText(form.getUsername())) {
			result.rejectValue("username", "account.username.required");
		}
		else if (!result.hasFieldErrors("username") && this.accounts.usernameTaken(form.getUsername())) {
			result.rejectValue("username", "account.username.taken");
		}
		checkRegion(form, result);
		checkEmail(form, result, null);
		if (result.hasErrors()) {
			return "account/admin-form";
		}
		AccountService.CreatedAccount created;
		try {
			created = this.accounts.create(form.getUsername(), form.details());
		}
		catch (AccountService.UsernameTakenException ex) {
			// created by someone else a moment ago
			result.rejectValue("username", "account.username.taken");
			return "account/admin-form";
		}
		redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
		redirect.addFlashAttribute("flashMessage", "account.created");
		return "redirect:/admin/accounts/" + created.account().getId();
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		Account account = this.accounts.get(id);
		model.addAttribute("account", account);
		model.addAttribute("form", AccountForm.of(account));
		return "account/admin-form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Account account = this.accounts.get(id);
		model.addAttribute("account", account);
		checkRegion(form, result);
		checkEmail(form, result, id);
		if (form.getVersion() == null) {
			result.reject("account.conflict");
		}
		if (result.hasFieldErrors() || result.hasGlobalErrors()) {
			return "account/admin-form";
		}
		try {
			this.accounts.update(id, form.getVersion(), form.details(), form.isEnabled());
		}
		catch (AccountService.ConcurrentAccountChangeException ex) {
			// keep what the administrator typed; show what changed meanwhile
			response.setStatus(HttpStatus.CONFLICT.value());
			result.reject("account.conflict");
			model.addAttribute("currentVersion", account.getVersion());
			return "account/admin-form";
		}
		redirect.addFlashAttribute("flashMessage", "account.saved");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/password-reset")
	String resetPassword(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect,
			HttpServletResponse response, Model model) {
		try {
			redirect.addFlashAttribute("temporaryPassword", this.accounts.resetPassword(id, version));
			redirect.addFlashAttribute("flashMessage", "account.passwordReset");
		}
		catch (AccountService.ConcurrentAccountChangeException ex) {
			redirect.addFlashAttribute("error", "account.conflict");
		}
		return "redirect:/admin/accounts/" + id;
	}

	private void checkEmail(AccountForm form, BindingResult result, Long id) {
		if (StringUtils.hasText(form.getEmail()) && !result.hasFieldErrors("email")
				&& this.accounts.emailTaken(form.getEmail(), id)) {
			result.rejectValue("email", "account.email.taken");
		}
	}

	private void checkRegion(AccountForm form, BindingResult result) {
		if (form.roleSet().contains(Role.REGION) && !StringUtils.hasText(form.getRegionCode())) {
			result.rejectValue("regionCode", "account.region.required");
		}
		if (StringUtils.hasText(form.getRegionCode()) && this.regions.byCode(form.getRegionCode()).isEmpty()) {
			result.rejectValue("regionCode", "account.region.unknown");
		}
		if (StringUtils.hasText(form.getHomeRegionCode()) && this.regions.byCode(form.getHomeRegionCode()).isEmpty()) {
			result.rejectValue("homeRegionCode", "account.region.unknown");
		}
		if (form.roleSet().contains(Role.FUNDING_MINISTRY) && !StringUtils.hasText(form.getMinistry())) {
			result.rejectValue("ministry", "account.ministry.required");
		}
		if (StringUtils.hasText(form.getMinistry()) && !this.ministries.codes().contains(form.getMinistry())) {
			result.rejectValue("ministry", "account.ministry.unknown");
		}
	}

}
