package fr.ouvert.plan.domain;

import java.util.Collection;

/**
 * Counts of actions by status, and the progress: the mean completion of the actions that are not
 * abandoned (0 when there are none).
 */
public record Progress(int actions, int notStarted, int inProgress, int completed, int abandoned, int overdue,
		int percent) {

	public static Progress of(Collection<Action> actions) {
		int notStarted = 0;
		int inProgress = 0;
		int completed = 0;
		int abandoned = 0;
		int overdue = 0;
		long completionSum = 0;
		for (Action action : actions) {
			switch (action.status()) {
				case NOT_STARTED -> notStarted++;
				case IN_PROGRESS -> inProgress++;
				case COMPLETED -> completed++;
				case ABANDONED -> abandoned++;
			}
			if (action.status() != ActionStatus.ABANDONED) {
				completionSum += action.completion();
			}
			if (action.overdue()) {
				overdue++;
			}
		}
		int counted = actions.size() - abandoned;
		int percent = counted == 0 ? 0 : (int) Math.round((double) completionSum / counted);
		return new Progress(actions.size(), notStarted, inProgress, completed, abandoned, overdue, percent);
	}

	/**
	 * The status of a whole commitment: abandoned when all its actions are; completed when every
	 * action is completed or abandoned; not started while none has started; in progress otherwise.
	 */
	public ActionStatus status() {
		if (actions == 0 || notStarted + abandoned == actions && abandoned < actions) {
			return ActionStatus.NOT_STARTED;
		}
		if (abandoned == actions) {
			return ActionStatus.ABANDONED;
		}
		return completed + abandoned == actions ? ActionStatus.COMPLETED : ActionStatus.IN_PROGRESS;
	}
}
