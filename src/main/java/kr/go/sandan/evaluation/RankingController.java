package kr.go.sandan.evaluation;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The ranking board of a call, on the page and as a workbook. */
@Controller
class RankingController {

	private final RankingBoards boards;

	private final RankingWorkbook workbook;

	RankingController(RankingBoards boards, RankingWorkbook workbook) {
		this.boards = boards;
		this.workbook = workbook;
	}

	@GetMapping("/ministry/calls/{callId}/evaluation/ranking")
	String ranking(@PathVariable long callId, Model model, Locale locale) {
		RankingBoards.Board board = this.boards.board(callId);
		model.addAttribute("board", board);
		model.addAttribute("tieBreaks",
				board.rows()
					.stream()
					.map((row) -> this.workbook.tieBreak(board, row.result().tieBreak(), locale))
					.toList());
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
