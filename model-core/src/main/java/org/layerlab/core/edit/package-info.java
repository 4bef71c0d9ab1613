/**
 * Undoable edits of a model: one {@link org.layerlab.core.edit.Command} class per kind of edit, run by a
 * capped {@link org.layerlab.core.edit.CommandStack} with a revision for the dirty marker; composite
 * commands undo in reverse; a drag is one {@link org.layerlab.core.edit.MoveLayers} on release. Also what
 * the editor asks the engine while the user edits: free layer names, which wire fits where, the clipboard
 * in Keras JSON, and the layout of a model opened without positions. No JavaFX here.
 */
package org.layerlab.core.edit;
