package org.sira.casework;

/**
 * A new item of a case plan: the goal, the action towards it, who does it (a user name in
 * {@code assignee} or a partner's name in {@code partner}, one of them), by when ({@code YYYY-MM-DD},
 * optional), and {@code requestId}, a UUID the client chooses so that a retried submission finds the first one.
 */
public record PlanItemInput(String goal, String action, String assignee, String partner, String due, String requestId) {
}
