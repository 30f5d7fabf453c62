package kr.go.sandan.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.complex.ComplexType;
import kr.go.sandan.complex.Complexes;

/**
 * The sections of the plan editor, each a small form of its own: the basics, the hub and
 * its weight, linked sites, targets, key tasks, requested projects one at a time, and
 * governance with the diagnosis. Every save carries the plan's version: a form read
 * before someone else's save answers 409 with what was typed beside what is now stored.
 * Rows are added and removed in place by posting the section (nothing is saved until
 * "save").
 */
@Controller
class PlanSectionController {

	/** The sections of the overview, in the plan's order. */
	static final List<String> SECTIONS = List.of("basics", "hub", "sites", "targets", "tasks", "projects", "narrative");

	private final PlanDrafting drafting;

	private final Complexes complexes;

	private final MessageSource messages;

	PlanSectionController(PlanDrafting drafting, Complexes complexes, MessageSource messages) {
		this.drafting = drafting;
		this.complexes = complexes;
		this.messages = messages;
	}

	/** A section of the overview: what it holds, and what it still lacks. */
	public record SectionState(String key, List<String> missing, String summary, Object[] summaryArgs) {

		public boolean complete() {
			return this.missing.isEmpty();
		}

	}

	/** Every section with its state, for the overview. */
	static List<SectionState> overview(InnovationPlan plan) {
		List<String> missing = plan.missingForSubmission();
		PlanBudget budget = plan.getBudget();
		List<SectionState> states = new ArrayList<>();
		states.add(new SectionState("basics", within(missing, "vision", "mainIndustries"),
				"plan.section.basics.summary", new Object[] { plan.getMainIndustries().size() }));
		states.add(new SectionState("hub", within(missing, "hubComplexId"), "plan.section.hub.summary", new Object[] {
				(plan.getHubComplex() != null) ? plan.getHubComplex().getName() : "-", plan.getHubWeights().size() }));
		states.add(new SectionState("sites", List.of(), "plan.section.sites.summary",
				new Object[] { plan.getLinkedSites().size() }));
		states.add(new SectionState("targets", within(missing, "targets"), "plan.section.targets.summary",
				new Object[] { plan.getPlanTargets().size() }));
		states.add(new SectionState("tasks", plan.getKeyTasks().isEmpty() ? List.of("tasks") : List.of(),
				"plan.section.tasks.summary", new Object[] { plan.getKeyTasks().size() }));
		states.add(new SectionState("projects", within(missing, "projects"), "plan.section.projects.summary",
				new Object[] { plan.getListedProjectCount(), budget.total() }));
		states.add(new SectionState("narrative", within(missing, "governance", "diagnosis"),
				"plan.section.narrative.summary", new Object[] { plan.getDiagnoses().size() }));
		return states;
	}

	private static List<String> within(List<String> missing, String... keys) {
		return missing.stream().filter(Arrays.asList(keys)::contains).toList();
	}

	// --- basics ------------------------------------------------------------------------

	@GetMapping("/plans/{id}/edit/basics")
	String basics(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		InnovationPlan plan = editable(id, user);
		return (plan == null) ? planPage(id) : page(plan, "basics", BasicsForm.of(plan), model);
	}

	@PostMapping("/plans/{id}/edit/basics")
	String saveBasics(@PathVariable long id, @AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("form") BasicsForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		form.check(result);
		return save(id, user, "basics", form, result, model, redirect, response,
				() -> BasicsForm.of(forEditing(id, user)), () -> this.drafting.saveBasics(id, form.getVersion(),
						SectionForm.trimmed(form.getVision()), form.industries(), user));
	}

	// --- hub ---------------------------------------------------------------------------

	@GetMapping("/plans/{id}/edit/hub")
	String hub(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		InnovationPlan plan = editable(id, user);
		return (plan == null) ? planPage(id) : page(plan, "hub", HubForm.of(plan), model);
	}

	@PostMapping("/plans/{id}/edit/hub")
	String saveHub(@PathVariable long id, @AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("form") HubForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		form.check(result);
		return save(id, user, "hub", form, result, model, redirect, response, () -> HubForm.of(forEditing(id, user)),
				() -> {
					boolean cleared = this.drafting.saveHub(id, form.getVersion(), form.getHubComplexId(),
							form.newHub(), form.content(this::korean), form.isConfirmHubChange(), user);
					if (cleared) {
						redirect.addFlashAttribute("flashMessage", "plan.hub.weightsCleared");
					}
				});
	}

	// --- rows: sites, targets, tasks ---------------------------------------------------

	@GetMapping("/plans/{id}/edit/sites")
	String sites(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		InnovationPlan plan = editable(id, user);
		return (plan == null) ? planPage(id) : page(plan, "sites", SitesForm.of(plan), model);
	}

	@PostMapping("/plans/{id}/edit/sites")
	String saveSites(@PathVariable long id, @AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("form") SitesForm form, BindingResult result,
			@RequestParam(required = false) String addRows, @RequestParam(required = false) String removeRow,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (changesRows(form, result, addRows, removeRow, model)) {
			return page(forEditing(id, user), "sites", form, model);
		}
		form.check(result);
		return save(id, user, "sites", form, result, model, redirect, response,
				() -> SitesForm.of(forEditing(id, user)),
				() -> this.drafting.saveSites(id, form.getVersion(), form.content(), user));
	}

	@GetMapping("/plans/{id}/edit/targets")
	String targets(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		InnovationPlan plan = editable(id, user);
		return (plan == null) ? planPage(id) : page(plan, "targets", TargetsForm.of(plan), model);
	}

	@PostMapping("/plans/{id}/edit/targets")
	String saveTargets(@PathVariable long id, @AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("form") TargetsForm form, BindingResult result,
			@RequestParam(required = false) String addRows, @RequestParam(required = false) String removeRow,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (changesRows(form, result, addRows, removeRow, model)) {
			return page(forEditing(id, user), "targets", form, model);
		}
		form.check(result);
		return save(id, user, "targets", form, result, model, redirect, response,
				() -> TargetsForm.of(forEditing(id, user)),
				() -> this.drafting.saveTargets(id, form.getVersion(), form.content(this::korean), user));
	}

	@GetMapping("/plans/{id}/edit/tasks")
	String tasks(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		InnovationPlan plan = editable(id, user);
		return (plan == null) ? planPage(id) : page(plan, "tasks", TasksForm.of(plan), model);
	}

	@PostMapping("/plans/{id}/edit/tasks")
	String saveTasks(@PathVariable long id, @AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("form") TasksForm form, BindingResult result,
			@RequestParam(required = false) String addRows, @RequestParam(required = false) String removeRow,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (changesRows(form, result, addRows, removeRow, model)) {
			return page(forEditing(id, user), "tasks", form, model);
		}
		form.check(result);
		return save(id, user, "tasks", form, result, model, redirect, response,
				() -> TasksForm.of(forEditing(id, user)),
				() -> this.drafting.saveTasks(id, form.getVersion(), form.names(), user));
	}

	/**
	 * "Add rows" or a row's "remove" was pressed: the section is shown again with the
	 * change and nothing is saved. A row is not removed while the form has errors (the
	 * messages would then sit beside the wrong rows).
	 */
	private boolean changesRows(RowsForm<?> form, BindingResult result, String addRows, String removeRow, Model model) {
		if (addRows != null) {
			int before = form.getRows().size();
			form.addBlankRows(RowsForm.ADDED_ROWS);
			int added = form.getRows().size() - before;
			if (added > 0) {
				// the first new row's first field takes the focus
				model.addAttribute("focusRow", before);
			}
			model.addAttribute("rowsNote", "plan.rows.added");
			model.addAttribute("rowsNoteArg", added);
			return true;
		}
		if (removeRow != null) {
			Integer index = null;
			try {
				index = Integer.valueOf(removeRow);
			}
			catch (NumberFormatException ex) {
				// not a row: show the form as it is
			}
			if (index != null && !result.hasErrors()) {
				if (index >= 0 && index < form.getRows().size()) {
					form.removeRow(index);
					model.addAttribute("rowsNote", "plan.rows.removed");
					model.addAttribute("rowsNoteArg", index + 1);
				}
			}
			else if (index != null) {
				result.reject("plan.error.fixBeforeRemoving");
			}
			return true;
		}
		return false;
	}

	// --- narrative ---------------------------------------------------------------------

	@GetMapping("/plans/{id}/edit/narrative")
	String narrative(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		InnovationPlan plan = editable(id, user);
		return (plan == null) ? planPage(id) : page(plan, "narrative", NarrativeForm.of(plan), model);
	}

	@PostMapping("/plans/{id}/edit/narrative")
	String saveNarrative(@PathVariable long id, @AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("form") NarrativeForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		form.check(result);
		return save(id, user, "narrative", form, result, model, redirect, response,
				() -> NarrativeForm.of(forEditing(id, user)), () -> this.drafting.saveNarrative(id, form.getVersion(),
						SectionForm.trimmed(form.getGovernance()), form.points(), user));
	}

	// --- projects ----------------------------------------------------------------------

	/**
	 * The plan's projects as compact rows with their totals, each opening its own form.
	 */
	@GetMapping("/plans/{id}/edit/projects")
	String projects(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		InnovationPlan plan = editable(id, user);
		if (plan == null) {
			return planPage(id);
		}
		model.addAttribute("plan", plan);
		model.addAttribute("budgetYears", budgetYears(plan));
		model.addAttribute("ministries", Ministry.values());
		return "plans/edit-projects";
	}

	@GetMapping("/plans/{id}/edit/projects/new")
	String newProject(@PathVariable long id, @RequestParam(required = false) String task,
			@AuthenticationPrincipal PortalUser user, Model model) {
		InnovationPlan plan = editable(id, user);
		if (plan == null) {
			return planPage(id);
		}
		Long taskId = null;
		try {
			taskId = (task != null) ? Long.valueOf(task) : null;
		}
		catch (NumberFormatException ex) {
			// an unknown task: the first one is offered
		}
		return projectPage(plan, null, ProjectForm.blank(plan, taskId), model);
	}

	@PostMapping("/plans/{id}/edit/projects/new")
	String addProject(@PathVariable long id, @AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("form") ProjectForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return saveProject(id, null, user, form, result, action, model, redirect, response);
	}

	@GetMapping("/plans/{id}/edit/projects/{projectId}")
	String project(@PathVariable long id, @PathVariable long projectId, @AuthenticationPrincipal PortalUser user,
			Model model) {
		InnovationPlan plan = editable(id, user);
		if (plan == null) {
			return planPage(id);
		}
		return projectPage(plan, projectId, ProjectForm.of(plan, plan.project(projectId)), model);
	}

	@PostMapping("/plans/{id}/edit/projects/{projectId}")
	String reviseProject(@PathVariable long id, @PathVariable long projectId, @AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("form") ProjectForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		forEditing(id, user).project(projectId);
		return saveProject(id, projectId, user, form, result, action, model, redirect, response);
	}

	private String saveProject(long id, Long projectId, PortalUser user, ProjectForm form, BindingResult result,
			String action, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		InnovationPlan plan = forEditing(id, user);
		form.check(result, plan);
		String outcome = save(id, user, "project", form, result, model, redirect, response,
				() -> (projectId != null)
						? ProjectForm.of(forEditing(id, user), forEditing(id, user).project(projectId)) : null,
				() -> this.drafting.saveProject(id, form.getVersion(), projectId, form.getTaskId(),
						form.content(plan.getRound().getYear()), user));
		if (!outcome.startsWith("redirect:")) {
			// the section page was chosen for a form of the plan's sections: show the
			// project's own
			model.addAttribute("projectId", projectId);
			model.addAttribute("budgetYears", budgetYears(plan));
			model.addAttribute("ministries", Ministry.values());
			return "plans/edit-project";
		}
		if ("quick".equals(action)) {
			// added by name from the projects list: back to it, the new project's link
			// focused
			List<RequestedProject> ofTask = forEditing(id, user).getKeyTasks()
				.stream()
				.filter((task) -> task.getId().equals(form.getTaskId()))
				.flatMap((task) -> task.getProjects().stream())
				.toList();
			if (!ofTask.isEmpty()) {
				redirect.addFlashAttribute("addedProject", ofTask.get(ofTask.size() - 1).getId());
			}
			redirect.addFlashAttribute("flashMessage", "plan.project.added");
			return "redirect:/plans/" + id + "/edit/projects";
		}
		if ("saveAndAdd".equals(action)) {
			return "redirect:/plans/" + id + "/edit/projects/new?task=" + form.getTaskId();
		}
		return "redirect:/plans/" + id + "/edit/projects";
	}

	@PostMapping("/plans/{id}/edit/projects/{projectId}/delete")
	String removeProject(@PathVariable long id, @PathVariable long projectId, @AuthenticationPrincipal PortalUser user,
			@RequestParam(required = false) Long version, RedirectAttributes redirect, HttpServletResponse response,
			Model model) {
		InnovationPlan plan = forEditing(id, user);
		if (!plan.isEditable()) {
			return planPage(id);
		}
		try {
			Long taskId = plan.project(projectId).getKeyTask().getId();
			this.drafting.removeProject(id, (version != null) ? version : -1, projectId, user);
			redirect.addFlashAttribute("flashMessage", "plan.project.removed");
			// the task's "add" field takes the focus where the removed row was
			redirect.addFlashAttribute("focusTask", taskId);
		}
		catch (PlanDrafting.ConcurrentPlanChangeException ex) {
			redirect.addFlashAttribute("flashMessage", "plan.error.conflictNothingDone");
		}
		return "redirect:/plans/" + id + "/edit/projects";
	}

	private String projectPage(InnovationPlan plan, Long projectId, ProjectForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("projectId", projectId);
		model.addAttribute("budgetYears", budgetYears(plan));
		model.addAttribute("ministries", Ministry.values());
		model.addAttribute("plan", plan);
		return "plans/edit-project";
	}

	// --- shared ------------------------------------------------------------------------

	/**
	 * Saves a section, or shows it again: with the messages beside the fields when the
	 * input is refused, and with a 409 and what is now stored beside what was typed when
	 * someone saved the plan since the form was read. The form then carries the stored
	 * version, so that saving again keeps what the person typed, knowingly.
	 */
	private String save(long id, PortalUser user, String section, SectionForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Supplier<SectionForm> stored, Runnable saving) {
		InnovationPlan plan = forEditing(id, user);
		if (!plan.isEditable()) {
			redirect.addFlashAttribute("flashMessage", "plan.error.locked");
			return planPage(id);
		}
		if (form.getVersion() == null && !result.hasFieldErrors("version")) {
			result.reject("plan.error.noVersion");
		}
		if (result.hasErrors()) {
			return page(plan, section, form, model);
		}
		try {
			saving.run();
		}
		catch (PlanDrafting.ConcurrentPlanChangeException ex) {
			InnovationPlan current = forEditing(id, user);
			response.setStatus(HttpStatus.CONFLICT.value());
			result.reject("plan.error.conflict");
			model.addAttribute("currentVersion", current.getVersion());
			model.addAttribute("stored", stored.get());
			return page(current, section, form, model);
		}
		catch (PlanLockedException ex) {
			redirect.addFlashAttribute("flashMessage", "plan.error.locked");
			return planPage(id);
		}
		catch (HubChangeUnconfirmedException ex) {
			result.rejectValue("confirmHubChange", "plan.hub.confirmChange");
			model.addAttribute("confirmHubChange", true);
			return page(plan, section, form, model);
		}
		catch (PlanSectionException ex) {
			result.reject(ex.getMessageKey(), new Object[] { ex.getSubject() }, null);
			return page(plan, section, form, model);
		}
		catch (PlanDrafting.SubmissionRefusedException ex) {
			result.reject(ex.getMessageKey());
			return page(plan, section, form, model);
		}
		if (!redirect.getFlashAttributes().containsKey("flashMessage")) {
			redirect.addFlashAttribute("flashMessage", "plan.section.saved");
			redirect.addFlashAttribute("savedSection", section);
		}
		return "redirect:/plans/" + id + "/edit#section-" + section;
	}

	private String page(InnovationPlan plan, String section, Object form, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("form", form);
		model.addAttribute("section", section);
		switch (section) {
			case "hub" -> {
				model.addAttribute("hubChoices", this.complexes.inRegion(plan.getRegion().getCode()));
				model.addAttribute("complexTypes", ComplexType.values());
				model.addAttribute("units", units());
				model.addAttribute("selected", plan.wasPreliminarilySelected());
			}
			case "sites" -> {
				model.addAttribute("hubChoices", this.complexes.inRegion(plan.getRegion().getCode()));
				model.addAttribute("complexTypes", ComplexType.values());
				model.addAttribute("siteKinds", SitesForm.kinds());
			}
			case "tasks" -> {
				java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
				plan.getKeyTasks().forEach((task) -> counts.put(task.getId(), task.getProjects().size()));
				model.addAttribute("projectCounts", counts);
			}
			case "targets" -> {
				model.addAttribute("metrics", TargetMetric.values());
				model.addAttribute("units", units());
			}
			default -> {
			}
		}
		return "plans/edit-" + section;
	}

	private static List<String> units() {
		return Arrays.stream(MeasureUnit.values()).map(MeasureUnit::symbol).toList();
	}

	static List<Integer> budgetYears(InnovationPlan plan) {
		return IntStream.range(0, ProjectForm.BUDGET_YEARS).mapToObj((y) -> plan.getRound().getYear() + y).toList();
	}

	/** The plan if it can still be edited, {@code null} when it is locked. */
	private InnovationPlan editable(long id, PortalUser user) {
		InnovationPlan plan = forEditing(id, user);
		return plan.isEditable() ? plan : null;
	}

	private InnovationPlan forEditing(long id, PortalUser user) {
		return this.drafting.forEditing(id, user);
	}

	private static String planPage(long id) {
		return "redirect:/plans/" + id;
	}

	/** Sentences made for the plan are Korean whatever the writer's language. */
	private String korean(String key) {
		return this.messages.getMessage(key, null, Locale.KOREAN);
	}

	/** Totals of the amounts typed in a project form, by year and source, and overall. */
	static BigDecimal total(List<BigDecimal> amounts) {
		return amounts.stream().filter((a) -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
