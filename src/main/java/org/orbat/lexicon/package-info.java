/**
 * Reading curated knowledge shipped as data files in {@code src/main/resources}: the one reader of
 * tab-separated lexicons and tables, which every stage may use (like {@code model}), so that no
 * stage imports a later one to read its own word lists.
 */
package org.orbat.lexicon;
