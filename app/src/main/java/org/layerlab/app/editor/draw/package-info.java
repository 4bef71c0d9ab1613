/**
 * The geometry of the drawn model (node boxes, ports, wire curves) in canvas units, free of JavaFX so
 * that views and any other renderer share it.
 */
package org.layerlab.app.editor.draw;
