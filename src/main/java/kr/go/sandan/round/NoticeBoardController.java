package kr.go.sandan.round;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import kr.go.sandan.web.JavaPages;
import kr.go.sandan.web.NotFoundException;

/**
 * The public notice board of calls (공모 게시판): every announced call with its period, phase,
 * notice, required documents, files, contact and the notices posted since. Open to
 * everyone; a call not yet announced is not found, and so are its files.
 */
@Controller
class NoticeBoardController {

	private final Calls calls;

	private final CallFiles files;

	private final JavaPages pages;

	private final BoardPageHtml html;

	NoticeBoardController(Calls calls, CallFiles files, JavaPages pages, BoardPageHtml html) {
		this.calls = calls;
		this.files = files;
		this.pages = pages;
		this.html = html;
	}

	@GetMapping("/calls")
	ModelAndView board(Locale locale) {
		// written in Java, not through the template engine (issue 18)
		return new ModelAndView(this.pages.page(this.html.title(locale),
				this.html.content(this.calls.announcedRows(), this.calls.now(), locale)));
	}

	@GetMapping("/calls/{id}")
	String call(@PathVariable long id, Model model) {
		ProposalCall call = this.calls.announcedCall(id);
		model.addAttribute("call", call);
		model.addAttribute("files", this.files.list(id));
		model.addAttribute("now", this.calls.now());
		return "round/board-call";
	}

	@GetMapping("/calls/{id}/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId, Authentication authentication) {
		boolean officer = authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_MINISTRY".equals(authority.getAuthority()));
		if (!officer) {
			// the public reads the files of announced calls only
			this.calls.announcedCall(id);
		}
		var file = this.files.content(id, fileId).orElseThrow(() -> new NotFoundException("call file", fileId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getKey().format().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.getKey().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-SHA256", file.getKey().sha256())
			.body(file.getValue());
	}

}
