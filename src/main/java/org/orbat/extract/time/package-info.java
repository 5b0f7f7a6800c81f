/** When a fact holds: the sentence's own date expression, else its event's, else the publication date. */
package org.orbat.extract.time;
