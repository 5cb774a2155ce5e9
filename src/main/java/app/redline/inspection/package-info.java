/**
 * Inspections at enterprises, checklist templates (versioned once used), and the hazards a failed
 * checklist item raises when an inspection is completed.
 */
package app.redline.inspection;
