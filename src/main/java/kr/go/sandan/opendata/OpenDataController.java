package kr.go.sandan.opendata;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import kr.go.sandan.web.NotFoundException;

/**
 * The human-readable page of the open data (every dataset with its data dictionary,
 * licence and update date, its CSV and its API) and the CSV files.
 */
@Controller
class OpenDataController {

	private final OpenData openData;

	OpenDataController(OpenData openData) {
		this.openData = openData;
	}

	@GetMapping("/open-data")
	String page(Model model) {
		List<OpenData.Summary> tables = this.openData.summaries();
		model.addAttribute("tables", tables);
		model.addAttribute("licence", OpenDataConfiguration.LICENCE);
		model.addAttribute("licenceUrl", OpenDataConfiguration.LICENCE_URL);
		model.addAttribute("updatedOn",
				tables.stream()
					.map(OpenData.Summary::updatedOn)
					.filter(Objects::nonNull)
					.max(LocalDate::compareTo)
					.orElse(null));
		return "opendata/index";
	}

	@GetMapping("/open-data/{id:[a-z-]+}.csv")
	ResponseEntity<byte[]> csv(@PathVariable String id) {
		Dataset dataset = Dataset.byId(id).orElseThrow(() -> new NotFoundException("dataset", id));
		OpenData.Table table = this.openData.table(dataset);
		String name = "sandan-" + dataset.getId() + ((table.updatedOn() != null) ? "-" + table.updatedOn() : "")
				+ ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(Csv.write(table));
	}

}
