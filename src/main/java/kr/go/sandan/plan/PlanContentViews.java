package kr.go.sandan.plan;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kr.go.sandan.complex.ComplexRow;
import kr.go.sandan.web.HtmlWriter;
import kr.go.sandan.web.Numbers;
import kr.go.sandan.web.RenderedHtml;
import kr.go.sandan.web.TemplateRendering;

/**
 * Works out a {@link PlanContentView} once per request: labels from the messages in the
 * reader's language, figures formatted, the long tables written as HTML. The HTML is the
 * same, byte for byte, as {@code plans/content.html} wrote cell by cell before (same
 * escaping as {@code th:text}, same white space), so the page did not change.
 */
@Component
public class PlanContentViews {

	private final MessageSource messages;

	private final Numbers numbers;

	private final TemplateRendering templates;

	PlanContentViews(MessageSource messages, Numbers numbers, TemplateRendering templates) {
		this.messages = messages;
		this.numbers = numbers;
		this.templates = templates;
	}

	/**
	 * The views worked out, by the content they show (compared by identity: a content is
	 * immutable, and a milestone's is parsed once and kept by {@link PlanSnapshots}, so
	 * the public plan pages work out their view once per milestone and language; a
	 * content built from the record at a request is let go with it).
	 */
	private final Cache<PlanContent, Map<Locale, PlanContentView>> worked = Caffeine.newBuilder()
		.weakKeys()
		.maximumSize(1024)
		.build();

	/** The view of a content, in the reader's language; {@code null} for none. */
	public PlanContentView of(PlanContent content, Locale locale) {
		if (content == null) {
			return null;
		}
		return this.worked.get(content, (key) -> new ConcurrentHashMap<>(4))
			.computeIfAbsent(locale, (language) -> workOut(content, language));
	}

	/**
	 * The sections a view's content fills, rendered once per view (a published copy's is
	 * kept, see {@link #of}) and linked complexes' names and Smart Green marks (read from
	 * the record at each request: a changed mark is a new key, never an old page); a page
	 * sends the bytes, no template engine per request (issue 18).
	 */
	public RenderedHtml sections(PlanContentView view, Map<Long, ComplexRow> complexRows, Locale locale) {
		return apart("sections", view, complexRows, locale);
	}

	/** The confirmed outcome of a confirmed content's view, as {@link #sections}. */
	public RenderedHtml confirmation(PlanContentView view, Map<Long, ComplexRow> complexRows, Locale locale) {
		return apart("confirmation", view, complexRows, locale);
	}

	/**
	 * A part rendered of a view (a view is of one language) with the complexes' rows it
	 * showed; the same view is the same object (see {@link #of}).
	 */
	private record Part(PlanContentView view, String part, Map<Long, ComplexRow> rows) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Part that && this.view == that.view && this.part.equals(that.part)
					&& this.rows.equals(that.rows);
		}

		@Override
		public int hashCode() {
			return (System.identityHashCode(this.view) * 31 + this.part.hashCode()) * 31 + this.rows.hashCode();
		}

	}

	/**
	 * What was rendered, at most 32 MB of it (about 200 plan pages' sections in two
	 * languages); what is let go is rendered again when asked for.
	 */
	private final Cache<Part, RenderedHtml> rendered = Caffeine.newBuilder()
		.maximumWeight(32L << 20)
		.weigher((Part part, RenderedHtml html) -> html.size())
		.build();

	private RenderedHtml apart(String part, PlanContentView view, Map<Long, ComplexRow> complexRows, Locale locale) {
		Map<Long, ComplexRow> rows = Map.copyOf(complexRows);
		return this.rendered.get(new Part(view, part, rows), (key) -> RenderedHtml.apart(() -> this.templates
			.renderApart("plans/content-apart", Map.of("part", part, "view", view, "complexRows", rows), locale)));
	}

	private PlanContentView workOut(PlanContent content, Locale locale) {
		Writer out = new Writer(this.messages, this.numbers, locale);
		List<PlanContent.Project> projects = content.projects();
		List<PlanContent.TargetComparison> comparison = content.targetComparison();
		long different = count(comparison, PlanContent.TargetComparison.Agreement.DIFFERENT);
		long oneSided = count(comparison, PlanContent.TargetComparison.Agreement.ONLY_PLAN)
				+ count(comparison, PlanContent.TargetComparison.Agreement.ONLY_BODY);
		List<PlanContent.Target> planTargets = content.planTargets();
		PlanBudget requested = content.requestedBudget();
		boolean confirmed = projects.stream().anyMatch((project) -> project.funding() != null);
		long funded = projects.stream()
			.filter((project) -> project.funding() != null && project.funding().isFunded())
			.count();
		long notFunded = projects.stream()
			.filter((project) -> project.funding() != null && !project.funding().isFunded())
			.count();
		ConfirmedBudget confirmedBudget = confirmed ? content.confirmedBudget() : null;
		return new PlanContentView(content, planTargets,
				planTargets.stream().anyMatch((target) -> target.targetYear() != null), comparison, different, oneSided,
				projects.size(), kept(out.keyTaskRows(content.keyTasks())), requested,
				requested.isEmpty() ? null : kept(out.requestedBudgetRows(requested)),
				requested.isEmpty() ? null : kept(out.requestedSourceRows(requested)), confirmed, funded, notFunded,
				confirmedBudget, confirmed ? kept(out.confirmedProjectRows(projects)) : null,
				confirmed ? kept(out.confirmedBudgetRows(confirmedBudget)) : null);
	}

	/**
	 * The rows with their UTF-8 bytes: a published copy's view is kept, and a page then
	 * sends its tables (most of a confirmed plan's page) as bytes encoded once, not
	 * copied through the template engine and encoded at every render.
	 */
	private static RenderedHtml kept(String rows) {
		return new RenderedHtml(rows);
	}

	private static long count(List<PlanContent.TargetComparison> rows, PlanContent.TargetComparison.Agreement wanted) {
		return rows.stream().filter((row) -> row.agreement() == wanted).count();
	}

	/**
	 * Writes the tables' rows as the template wrote them: each repeated element on its
	 * own line at the template's indentation, an element a condition left out leaving its
	 * line's white space.
	 */
	private static final class Writer {

		private final MessageSource messages;

		private final Numbers numbers;

		private final Locale locale;

		private final Map<String, String> labels = new HashMap<>();

		private final StringBuilder html = new StringBuilder(16 * 1024);

		Writer(MessageSource messages, Numbers numbers, Locale locale) {
			this.messages = messages;
			this.numbers = numbers;
			this.locale = locale;
		}

		/** A message without arguments, escaped (looked up once per request). */
		private String label(String code) {
			return this.labels.computeIfAbsent(code, (key) -> escape(
					this.messages.getMessage(key, null, "??" + key + "_" + this.locale + "??", this.locale)));
		}

		private String message(String code, Object... args) {
			return escape(this.messages.getMessage(code, args, "??" + code + "_" + this.locale + "??", this.locale));
		}

		private String number(BigDecimal value) {
			return escape(this.numbers.format(value));
		}

		private static String escape(String text) {
			return (text != null) ? HtmlWriter.escape(text) : "";
		}

		private Writer text(String text) {
			this.html.append(text);
			return this;
		}

		private String done() {
			String written = this.html.toString();
			this.html.setLength(0);
			return written;
		}

		String keyTaskRows(List<PlanContent.Task> tasks) {
			text("\n        ");
			boolean first = true;
			for (PlanContent.Task task : tasks) {
				if (!first) {
					text("\n        ");
				}
				first = false;
				text("<tr>\n          <th scope=\"row\">").text(escape(task.name()))
					.text("</th>\n          <td>\n            <ul class=\"plain-list compact\">\n              ");
				boolean firstProject = true;
				for (PlanContent.Project project : task.projects()) {
					if (!firstProject) {
						text("\n              ");
					}
					firstProject = false;
					text(project.isRejected() ? "<li class=\"not-funded\">" : "<li>");
					text("\n                <span>").text(escape(project.name())).text("</span>\n                ");
					if (Boolean.TRUE.equals(project.newlyProposed())) {
						text("<span class=\"krds-badge small outline-primary\">").text(label("plan.project.new"))
							.text("</span>");
					}
					text("\n                ");
					if (project.isRejected()) {
						text("<span class=\"krds-badge small bg-light-danger\">")
							.text(label("confirmation.outcome.REJECTED"))
							.text("</span>");
					}
					text("\n                ");
					if (project.leadMinistry() != null) {
						text("<span class=\"muted\">(").text(label("ministry." + project.leadMinistry()))
							.text(")</span>");
					}
					text("\n                ");
					if (project.description() != null) {
						text("<div class=\"muted\">").text(escape(project.description())).text("</div>");
					}
					text("\n              </li>");
				}
				text("\n            </ul>\n          </td>\n        </tr>");
			}
			text("\n        ");
			return done();
		}

		String requestedBudgetRows(PlanBudget budget) {
			text("\n        ");
			for (Ministry ministry : budget.byMinistry().keySet()) {
				text("<tr>\n          <th scope=\"row\">").text(label("ministry." + ministry))
					.text("</th>\n          ");
				cells(budget.years().stream().map((year) -> budget.of(ministry, year)).toList());
				text("\n          <td class=\"num\">").text(number(budget.ofMinistry(ministry)))
					.text("</td>\n        </tr>\n        ");
			}
			text("<tr class=\"total-row\">\n          <th scope=\"row\">").text(label("plan.budget.total"))
				.text("</th>\n          ");
			cells(budget.years().stream().map((year) -> budget.byYear().get(year)).toList());
			text("\n          <td class=\"num\">").text(number(budget.total())).text("</td>\n        </tr>\n        ");
			return done();
		}

		/**
		 * Repeated {@code
		 *
		<td class="num">}s, one a line.
		 */
		private void cells(List<BigDecimal> amounts) {
			boolean first = true;
			for (BigDecimal amount : amounts) {
				if (!first) {
					text("\n          ");
				}
				first = false;
				text("<td class=\"num\">").text(number(amount)).text("</td>");
			}
		}

		String requestedSourceRows(PlanBudget budget) {
			text("\n        ");
			for (int year : budget.years()) {
				YearBudget inYear = budget.sourcesIn(year);
				text("<tr>\n          <th scope=\"row\">").text(message("plan.edit.project.year", year))
					.text("</th>\n          ");
				sourceRow(inYear.national(), inYear.local(), inYear.privateFunds(), inYear.total());
			}
			YearBudget all = budget.sources();
			text("<tr class=\"total-row\">\n          <th scope=\"row\">").text(label("plan.budget.total"))
				.text("</th>\n          ");
			sourceRow(all.national(), all.local(), all.privateFunds(), budget.total());
			return done();
		}

		private void sourceRow(BigDecimal national, BigDecimal local, BigDecimal privateFunds, BigDecimal total) {
			text("<td class=\"num\">").text(number(national))
				.text("</td>\n          <td class=\"num\">")
				.text(number(local))
				.text("</td>\n          <td class=\"num\">")
				.text(number(privateFunds))
				.text("</td>\n          <td class=\"num\">")
				.text(number(total))
				.text("</td>\n        </tr>\n        ");
		}

		String confirmedProjectRows(List<PlanContent.Project> projects) {
			text("\n      ");
			boolean first = true;
			for (PlanContent.Project project : projects) {
				if (!first) {
					text("\n      ");
				}
				first = false;
				PlanContent.Funding funding = project.funding();
				if (funding == null) {
					continue;
				}
				boolean rejected = project.isRejected();
				text(rejected ? "<tr class=\"not-funded\">" : "<tr>");
				text("\n        <th scope=\"row\">\n          <span>").text(escape(project.name()))
					.text("</span>\n          ");
				if (project.leadMinistry() != null) {
					text("<span class=\"muted\">(").text(label("ministry." + project.leadMinistry())).text(")</span>");
				}
				text("\n        </th>\n        <td>\n          ");
				String outcome = label("confirmation.outcome." + funding.outcome());
				if (rejected) {
					text("<strong class=\"krds-badge small bg-light-danger\">").text(outcome).text("</strong>");
				}
				text("\n          ");
				if (!rejected) {
					text("<span>").text(outcome).text("</span>");
				}
				text("\n          ");
				if (funding.note() != null) {
					text("<span class=\"muted\">").text(escape(funding.note())).text("</span>");
				}
				text("\n        </td>\n        <td class=\"num\"><ul class=\"plain-list compact\">\n          ");
				boolean firstBudget = true;
				for (YearBudget budget : project.budgets()) {
					if (!firstBudget) {
						text("\n          ");
					}
					firstBudget = false;
					text("<li><span>").text(yearAmount(budget))
						.text("</span>\n            <span class=\"budget-sources\">")
						.text(message("budget.sources", this.numbers.format(budget.national()),
								this.numbers.format(budget.local()), this.numbers.format(budget.privateFunds())))
						.text("</span></li>");
				}
				text("\n        </ul></td>\n        <td class=\"num\">\n          ");
				if (rejected) {
					text("<span class=\"muted\">").text(label("plan.confirmed.notCounted")).text("</span>");
				}
				text("\n          ");
				if (!rejected) {
					text("<ul class=\"plain-list compact\">\n            ");
					boolean firstFunded = true;
					for (YearBudget budget : funding.budgets()) {
						if (!firstFunded) {
							text("\n            ");
						}
						firstFunded = false;
						text("<li>").text(yearAmount(budget)).text("</li>");
					}
					text("\n          </ul>");
				}
				text("\n        </td>\n      </tr>");
			}
			text("\n      ");
			return done();
		}

		private String yearAmount(YearBudget budget) {
			return message("confirmation.yearAmount", budget.year(), this.numbers.format(budget.total()));
		}

		String confirmedBudgetRows(ConfirmedBudget budget) {
			text("\n      ");
			for (ConfirmedBudget.Line line : budget.lines()) {
				text("<tr>\n        <th scope=\"row\">").text((line.ministry() != null)
						? label("ministry." + line.ministry()) : label("confirmation.noMinistry"))
					.text("</th>\n        ");
				sourceCells(line, budget.years());
				text("\n      </tr>\n      ");
			}
			text("<tr class=\"total-row\">\n        <th scope=\"row\">").text(label("confirmation.total"))
				.text("</th>\n        ");
			sourceCells(budget.total(), budget.years());
			text("\n      </tr>\n      ");
			return done();
		}

		/** As the {@code sourceCells} fragment wrote them. */
		private void sourceCells(ConfirmedBudget.Line line, List<Integer> years) {
			text("\n  ");
			for (int year : years) {
				YearBudget inYear = line.year(year);
				text("\n    <td class=\"num\">").text(number(inYear.national()))
					.text("</td>\n    <td class=\"num\">")
					.text(number(inYear.local()))
					.text("</td>\n    <td class=\"num\">")
					.text(number(inYear.privateFunds()))
					.text("</td>\n  ");
			}
			text("\n  <td class=\"num\">").text(number(line.total())).text("</td>\n");
		}

	}

}
