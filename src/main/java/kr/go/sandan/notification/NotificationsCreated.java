package kr.go.sandan.notification;

import java.util.List;

/**
 * Notification rows a transaction has just written; they may be mailed once it commits.
 *
 * @param ids the new rows of {@code notification}
 */
record NotificationsCreated(List<Long> ids) {

	NotificationsCreated {
		ids = List.copyOf(ids);
	}

}
