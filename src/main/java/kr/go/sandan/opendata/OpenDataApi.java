package kr.go.sandan.opendata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kr.go.sandan.plan.ConfirmedBudget;
import kr.go.sandan.plan.PlanContent;
import kr.go.sandan.plan.PublishedPlan;
import kr.go.sandan.plan.PublishedPlans;
import kr.go.sandan.plan.YearBudget;
import kr.go.sandan.web.NotFoundException;

/**
 * The read-only JSON API of the open data: the catalogue of datasets, each dataset's rows
 * a page at a time, and the published plans with their hub and linked sites, targets and
 * confirmed budget. Every answer is paged (at most {@code max-page-size} rows) and reads
 * a fixed number of statements; a plan not published does not exist here (404).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "open-data", description = "산업단지 대개조 공공데이터 (published data only)")
class OpenDataApi {

	private final OpenData openData;

	private final PublishedPlans plans;

	private final MessageSource messages;

	private final int maxPageSize;

	OpenDataApi(OpenData openData, PublishedPlans plans, MessageSource messages, OpenDataProperties properties) {
		this.openData = openData;
		this.plans = plans;
		this.messages = messages;
		this.maxPageSize = properties.maxPageSize();
	}

	/** A page of results. */
	record Paged<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

		/** The same page of each of its elements mapped. */
		<R> Paged<R> map(Function<T, R> mapping) {
			return new Paged<>(this.content.stream().map(mapping).toList(), this.page, this.size, this.totalElements,
					this.totalPages);
		}

		static <T> Paged<T> of(List<T> all, PageRequest request) {
			int from = (int) Math.min(all.size(), request.getOffset());
			int to = Math.min(all.size(), from + request.getPageSize());
			int pages = (all.size() + request.getPageSize() - 1) / request.getPageSize();
			return new Paged<>(all.subList(from, to), request.getPageNumber(), request.getPageSize(), all.size(),
					pages);
		}

	}

	/** A dataset of the catalogue with its dictionary. */
	record DatasetInfo(String id, String title, String description, String licence, String licenceUrl,
			LocalDate updatedOn, long rows, String csv, String api, List<ColumnInfo> columns) {
	}

	record ColumnInfo(String name, String type, String description) {
	}

	@GetMapping("/datasets")
	@Operation(summary = "The datasets, with their data dictionary, licence and update date")
	List<DatasetInfo> datasets(java.util.Locale locale) {
		List<DatasetInfo> infos = new ArrayList<>();
		for (OpenData.Summary table : this.openData.summaries()) {
			Dataset dataset = table.dataset();
			infos.add(new DatasetInfo(dataset.getId(), message(dataset.getMessageKey() + ".title", locale),
					message(dataset.getMessageKey() + ".description", locale), OpenDataConfiguration.LICENCE,
					OpenDataConfiguration.LICENCE_URL, table.updatedOn(), table.rows(),
					"/open-data/" + dataset.getId() + ".csv", "/api/v1/datasets/" + dataset.getId(),
					dataset.getColumns()
						.stream()
						.map((column) -> new ColumnInfo(column.name(), column.type(),
								message("opendata.column." + column.name(), locale)))
						.toList()));
		}
		return infos;
	}

	@GetMapping("/datasets/{id}")
	@Operation(summary = "One dataset's rows, a page at a time (the CSV's columns)")
	Paged<Map<String, Object>> rows(@PathVariable String id,
			@Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "rows per page, 1 to 100") @RequestParam(defaultValue = "20") int size) {
		Dataset dataset = Dataset.byId(id).orElseThrow(() -> new NotFoundException("dataset", id));
		return Paged.of(this.openData.table(dataset).records(), pageRequest(page, size));
	}

	/** A published plan as the public reads it. */
	record PlanResource(long id, int roundYear, int roundOrdinal, String regionCode, String regionName, String status,
			LocalDate publishedOn, LocalDate districtStart, LocalDate districtEnd, List<String> mainIndustries,
			String vision, Site hub, List<Site> linkedSites, List<Target> targets, Integer reportedProjectCount,
			List<Budget> confirmedBudget) {
	}

	record Site(String kind, Long id, String name, String nameEn, String linkageFunction) {
	}

	record Target(String source, String metric, BigDecimal value, String unit, Integer targetYear, String asWritten) {
	}

	/** Confirmed budget of one lead ministry and year, KRW million. */
	record Budget(String ministry, String ministryName, int year, BigDecimal national, BigDecimal local,
			BigDecimal privateFunds, BigDecimal total) {
	}

	@GetMapping("/plans")
	@Operation(summary = "Published plans, oldest round first, with hub and linked sites, targets and confirmed budget")
	Paged<PlanResource> plans(
			@Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "plans per page, 1 to 100") @RequestParam(defaultValue = "20") int size) {
		PageRequest request = pageRequest(page, size);
		// every published plan read as rows (one statement) and paged here: hydrating
		// one page's plans as records made this a fiftieth of /ping (issue 18)
		return Paged.of(this.plans.all(), request).map(OpenDataApi::resource);
	}

	@GetMapping("/plans/{id}")
	@Operation(summary = "One published plan")
	PlanResource plan(@PathVariable long id) {
		return this.plans.one(id).map(OpenDataApi::resource).orElseThrow(() -> new NotFoundException("plan", id));
	}

	static PlanResource resource(PublishedPlan plan) {
		PlanContent content = plan.content();
		Site hub = (content.hub() != null)
				? new Site("COMPLEX", content.hub().id(), content.hub().name(), content.hub().nameEn(), null) : null;
		List<Site> sites = content.linkedSites()
			.stream()
			.map((site) -> new Site(site.kind(), site.id(), site.name(), null, site.linkageFunction()))
			.toList();
		List<Target> targets = content.targets()
			.stream()
			.map((target) -> new Target((target.source() != null) ? target.source().name() : null,
					(target.metric() != null) ? target.metric().name() : null, OpenData.plain(target.value()),
					(target.unit() != null) ? target.unit().symbol() : null, target.targetYear(), target.asWritten()))
			.toList();
		List<Budget> budget = null;
		if (content.isConfirmed()) {
			budget = new ArrayList<>();
			for (ConfirmedBudget.Line line : content.confirmedBudget().lines()) {
				for (YearBudget year : line.byYear().values()) {
					budget.add(new Budget((line.ministry() != null) ? line.ministry().name() : null,
							(line.ministry() != null) ? line.ministry().koreanName() : null, year.year(),
							OpenData.plain(year.national()), OpenData.plain(year.local()),
							OpenData.plain(year.privateFunds()), OpenData.plain(year.total())));
				}
			}
		}
		return new PlanResource(plan.id(), plan.roundYear(), plan.roundOrdinal(), plan.regionCode(), plan.regionName(),
				(plan.status() != null) ? plan.status().name() : null, plan.publishedOn(), plan.districtStart(),
				plan.districtEnd(), content.mainIndustries(), content.vision(), hub, sites, targets,
				content.reportedProjectCount(), budget);
	}

	private PageRequest pageRequest(int page, int size) {
		if (page < 0 || size < 1 || size > this.maxPageSize) {
			throw new BadPage(this.maxPageSize);
		}
		return PageRequest.of(page, size);
	}

	private String message(String key, java.util.Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/** A page number below 0 or a page size outside 1 to the maximum. */
	static class BadPage extends RuntimeException {

		BadPage(int max) {
			super("page must be 0 or more and size between 1 and " + max);
		}

	}

	@ExceptionHandler(BadPage.class)
	ProblemDetail badPage(BadPage failure) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, failure.getMessage());
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException failure) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Not published, or no such resource");
	}

	@ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
	ProblemDetail badArgument() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Malformed parameter");
	}

}
