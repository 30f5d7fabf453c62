package kr.go.sandan.notification;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.web.NotFoundException;

/** A person's notifications: the list, opening one (marks it read), marking all read. */
@Controller
class NotificationController {

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String list(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("notifications", this.notifications.latest(user.accountId(), 50));
		return "notification/list";
	}

	@PostMapping("/notifications/{id}/open")
	String open(@PathVariable long id, @AuthenticationPrincipal PortalUser user) {
		String link = this.notifications.open(user.accountId(), id);
		if (link == null) {
			throw new NotFoundException("notification", id);
		}
		// links are written by the portal itself and are always its own paths
		return "redirect:" + (link.startsWith("/") ? link : "/notifications");
	}

	@PostMapping("/notifications/read")
	String readAll(@AuthenticationPrincipal PortalUser user) {
		this.notifications.markAllRead(user.accountId());
		return "redirect:/notifications";
	}

}
