package org.gansim.app.grading;

/**
 * One line of a student's grade: a contract check of one provided plugin, an extra training check,
 * one of the teacher's tests, or the check that no thread is left running.
 *
 * @param name   what the gradebook calls it, unique within a rubric ("variant hw3-hinge: creates a GAN
 *               from the defaults")
 * @param points what passing it is worth
 */
public record GradedItem(String name, double points) {
}
