package org.corridor.ui.common;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Builds the menu bar and the toolbar from {@link AppAction}: each action gets its handler once and
 * appears in its menu (with its shortcut) and, if it is a toolbar action, as an icon button.
 */
public final class ActionBar {

    private final Map<AppAction, Runnable> handlers = new EnumMap<>(AppAction.class);
    private final Map<AppAction, BooleanExpression> disabledWhen = new EnumMap<>(AppAction.class);
    private final Map<AppAction, BooleanExpression> selectedWhen = new EnumMap<>(AppAction.class);

    public ActionBar on(AppAction action, Runnable handler) {
        handlers.put(action, handler);
        return this;
    }

    public ActionBar disabledWhen(AppAction action, BooleanExpression condition) {
        disabledWhen.put(action, condition);
        return this;
    }

    /** Shows the action as a check item whose tick follows {@code state}. */
    public ActionBar checkedWhen(AppAction action, BooleanExpression state) {
        selectedWhen.put(action, state);
        return this;
    }

    public MenuBar menuBar() {
        MenuBar bar = new MenuBar();
        for (AppMenu m : AppMenu.values()) {
            Menu menu = new Menu(m.label());
            for (AppAction a : AppAction.values()) {
                if (a.menu() == m && handlers.containsKey(a)) {
                    menu.getItems().add(menuItem(a));
                }
            }
            if (!menu.getItems().isEmpty()) {
                bar.getMenus().add(menu);
            }
        }
        return bar;
    }

    public ToolBar toolBar() {
        ToolBar bar = new ToolBar();
        AppMenu previous = null;
        for (AppAction a : AppAction.values()) {
            if (!a.inToolbar() || !handlers.containsKey(a)) {
                continue;
            }
            if (previous != null && previous != a.menu()) {
                bar.getItems().add(new Separator());
            }
            previous = a.menu();
            bar.getItems().add(button(a));
        }
        return bar;
    }

    private MenuItem menuItem(AppAction a) {
        BooleanExpression selected = selectedWhen.get(a);
        MenuItem item = selected == null ? plainItem(a) : checkItem(a, selected);
        item.setGraphic(new FontIcon(a.icon()));
        item.setAccelerator(a.accelerator());
        item.setId("menu-" + idOf(a));
        BooleanExpression disabled = disabledWhen.get(a);
        if (disabled != null) {
            item.disableProperty().bind(disabled);
        }
        return item;
    }

    /**
     * A check item whose tick shows {@code state}. A click or the shortcut flips the tick itself before the handler
     * runs, so the tick cannot be bound to the state; it is set from the state instead, and once more after the
     * handler, which may have refused the change.
     */
    private MenuItem checkItem(AppAction a, BooleanExpression state) {
        CheckMenuItem check = new CheckMenuItem(a.label());
        check.setSelected(state.get());
        state.addListener((o, was, now) -> check.setSelected(now));
        check.setOnAction(e -> {
            handlers.get(a).run();
            check.setSelected(state.get());
        });
        return check;
    }

    private MenuItem plainItem(AppAction a) {
        MenuItem item = new MenuItem(a.label());
        item.setOnAction(e -> handlers.get(a).run());
        return item;
    }

    private Button button(AppAction a) {
        Button button = new Button(null, new FontIcon(a.icon()));
        button.setTooltip(new Tooltip(a.tooltip()));
        button.setAccessibleText(a.label());
        button.setFocusTraversable(false);
        button.setOnAction(e -> handlers.get(a).run());
        button.setId("tool-" + idOf(a));
        button.getStyleClass().add("flat");
        BooleanExpression disabled = disabledWhen.get(a);
        if (disabled != null) {
            button.disableProperty().bind(disabled);
        }
        return button;
    }

    private static String idOf(AppAction a) {
        return a.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
