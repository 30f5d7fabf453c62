package kr.go.sandan.evaluation;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import kr.go.sandan.audit.DataGeneration;
import kr.go.sandan.cache.RenderedFragments;

/** The ranking board of a call, on the page and as a workbook. */
@Controller
class RankingController {

	private final RankingBoards boards;

	private final RankingWorkbook workbook;

	private final RenderedFragments fragments;

	private final DataGeneration generation;

	RankingController(RankingBoards boards, RankingWorkbook workbook, RenderedFragments fragments,
			DataGeneration generation) {
		this.generation = generation;
		this.boards = boards;
		this.workbook = workbook;
		this.fragments = fragments;
	}

	@GetMapping("/ministry/calls/{callId}/evaluation/ranking")
	String ranking(@PathVariable long callId, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		// rendered: the board names its round; kept: one query for the round
		RankingBoards.Heading[] heading = new RankingBoards.Heading[1];
		// the board shows its call's round: other rounds' changes leave it kept
		long generation = this.generation.ofCall(callId);
		model.addAttribute("boardHtml",
				this.fragments.html("ranking:" + callId, generation, "evaluation/ranking-board", "board", () -> {
					RankingBoards.Board board = this.boards.board(callId);
					heading[0] = new RankingBoards.Heading(board.year(), board.ordinal());
					return Map.of("board", board, "tieBreaks",
							board.rows()
								.stream()
								.map((row) -> this.workbook.tieBreak(board, row.result().tieBreak(), locale))
								.toList());
				}, locale, request, response));
		RankingBoards.Heading named = this.fragments.value("ranking-heading:" + callId, generation,
				() -> (heading[0] != null) ? heading[0] : this.boards.heading(callId));
		model.addAttribute("year", named.year());
		model.addAttribute("ordinal", named.ordinal());
		return "evaluation/ranking";
	}

	@GetMapping("/ministry/calls/{callId}/evaluation/ranking.xlsx")
	ResponseEntity<byte[]> workbook(@PathVariable long callId, Locale locale) {
		RankingBoards.Board board = this.boards.board(callId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("ranking-" + board.year() + "-" + board.ordinal() + ".xlsx")
						.build()
						.toString())
			.body(this.workbook.write(board, locale));
	}

}
