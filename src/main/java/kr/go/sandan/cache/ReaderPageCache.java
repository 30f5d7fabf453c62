package kr.go.sandan.cache;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import kr.go.sandan.audit.DataGeneration;

/**
 * Keeps the heavy signed-in pages ({@link #READER_PAGES}: the ranking board, which the
 * committee's officers reload while sheets come in) as one session received them, until
 * the next change ({@link KeptPages}). Per session, because the page carries the reader's
 * name and the session's CSRF token (in the sign-out form); a new sign-in is a new
 * session. Never while a flash message waits for the session (the page would show it),
 * nor before the session has its CSRF token (the first page after signing in makes it);
 * the first view of a page by a session is always rendered.
 */
public class ReaderPageCache extends KeptPages {

	/** The signed-in pages worth keeping: heavy, and read again and again. */
	static final Pattern READER_PAGES = Pattern.compile("/ministry/calls/(\\d{1,18})/evaluation/ranking");

	private final DataGeneration generation;

	private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	private static final String CSRF_TOKEN = HttpSessionCsrfTokenRepository.class.getName() + ".CSRF_TOKEN";

	ReaderPageCache(DataGeneration generation, long maxBytes) {
		super(generation, maxBytes);
		this.generation = generation;
	}

	@Override
	boolean keeps(HttpServletRequest request) {
		if (!READER_PAGES.matcher(path(request)).matches() || isAnonymous()) {
			return false;
		}
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(FLASH_MAPS) == null
				&& session.getAttribute(CSRF_TOKEN) instanceof CsrfToken;
	}

	/** The board shows its call's round: other rounds' changes leave it be. */
	@Override
	long generation(HttpServletRequest request) {
		Matcher board = READER_PAGES.matcher(path(request));
		return board.matches() ? this.generation.ofCall(Long.parseLong(board.group(1))) : this.generation.current();
	}

	/**
	 * The session and its CSRF token: a page kept with a token the session no longer has
	 * (two first pages at once, each making one) would refuse its sign-out form.
	 */
	@Override
	String reader(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return "session " + session.getId() + " " + ((CsrfToken) session.getAttribute(CSRF_TOKEN)).getToken();
	}

}
