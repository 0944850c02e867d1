/* docloc forms: validation, live checklist, local draft, JSON export and print view
 * for the forms docloc renders from templates/forms/*.toml (src/form/html.rs).
 *
 * Every text this script shows comes from the page: the JSON block
 * `.docloc-form__config` (rendered from Fluent) and the labels in the markup. It
 * sends nothing over the network; the draft lives in localStorage under the key the
 * config names (`docloc:<form>:v<version>:<locale>`).
 *
 * Patterns follow the GOV.UK Design System: errors are shown beside the field and
 * listed in an error summary that takes focus on submit, the page title is prefixed
 * with "Error: " while errors remain, radios reveal conditional sections in place
 * (aria-controls), and a field is checked when the reader leaves it.
 */
(function () {
  "use strict";

  // Syntax rules of the schema's `format` values (see src/form/schema.rs, Format).
  var GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  var DIGITS = /^[0-9]+$/;
  // The HTML Standard's "valid e-mail address" (input type=email).
  var EMAIL =
    /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
  var LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

  // RFC 1123 host name of two labels or more; the last label is not all digits.
  function isDomain(value) {
    if (value.length > 253) return false;
    var labels = value.split(".");
    if (labels.length < 2) return false;
    for (var i = 0; i < labels.length; i++) {
      if (!LABEL.test(labels[i])) return false;
    }
    return !DIGITS.test(labels[labels.length - 1]);
  }

  var FORMATS = {
    digits: function (v) { return DIGITS.test(v); },
    guid: function (v) { return GUID.test(v); },
    domain: isDomain,
    email: function (v) { return EMAIL.test(v); },
  };

  function tokens(el, attr) {
    var v = el.getAttribute(attr);
    return v ? v.split(/\s+/).filter(Boolean) : [];
  }
  function addToken(el, attr, token) {
    var list = tokens(el, attr);
    if (list.indexOf(token) < 0) list.push(token);
    el.setAttribute(attr, list.join(" "));
  }
  function removeToken(el, attr, token) {
    var list = tokens(el, attr).filter(function (t) { return t !== token; });
    if (list.length) el.setAttribute(attr, list.join(" "));
    else el.removeAttribute(attr);
  }
  function storage() {
    try {
      return window.localStorage;
    } catch (e) {
      return null;
    }
  }

  function Form(root) {
    var configEl = root.querySelector(".docloc-form__config");
    this.root = root;
    this.config = JSON.parse(configEl.textContent);
    this.name = this.config.form;
    this.form = root.querySelector("form");
    this.summary = document.getElementById(this.name + "-error-summary");
    this.success = document.getElementById(this.name + "-success");
    this.status = document.getElementById(this.name + "-status");
    this.banner = document.getElementById(this.name + "-draft");
    this.print = document.getElementById(this.name + "-print");
    this.baseTitle = document.title;
    this.shown = {}; // field id -> message shown beside it
    this.summaryOpen = false;
    this.offerPending = false;
    this.byId = {};
    for (var i = 0; i < this.config.fields.length; i++) {
      this.byId[this.config.fields[i].id] = this.config.fields[i];
    }
  }

  Form.prototype.controls = function (f) {
    return this.form.querySelectorAll('[name="' + f.id + '"]');
  };
  Form.prototype.firstControl = function (f) {
    return this.controls(f)[0] || null;
  };
  Form.prototype.group = function (f) {
    return document.getElementById(this.name + "-" + f.id + "-group");
  };
  Form.prototype.value = function (f) {
    var controls = this.controls(f);
    if (f.type === "radios") {
      for (var i = 0; i < controls.length; i++) if (controls[i].checked) return controls[i].value;
      return "";
    }
    return controls.length ? controls[0].value.trim() : "";
  };
  Form.prototype.holds = function (c) {
    var f = this.byId[c.field];
    return !!f && this.value(f) === c.equals;
  };
  Form.prototype.isShown = function (f) {
    return !f.shownWhen || this.holds(f.shownWhen);
  };
  Form.prototype.isRequired = function (f) {
    return this.isShown(f) && (f.required || (!!f.requiredWhen && this.holds(f.requiredWhen)));
  };
  /** The message for the field's current value, or null when it is fine. */
  Form.prototype.problem = function (f) {
    if (!this.isShown(f)) return null;
    var v = this.value(f);
    if (v === "") return this.isRequired(f) ? f.messages.required : null;
    if (f.format && FORMATS[f.format] && !FORMATS[f.format](v)) return f.messages.format;
    for (var i = 0; i < f.options.length; i++) {
      var o = f.options[i];
      if (o.value === v && o.onlyWhen && !this.holds(o.onlyWhen)) return o.error;
    }
    return null;
  };

  // The element whose aria-describedby names the error: the fieldset of radios.
  Form.prototype.described = function (f) {
    var group = this.group(f);
    if (f.type === "radios") return group && group.querySelector("fieldset");
    return this.firstControl(f);
  };

  Form.prototype.showError = function (f, message) {
    var errorId = this.name + "-" + f.id + "-error";
    var el = document.getElementById(errorId);
    var group = this.group(f);
    if (!el || !group) return;
    el.textContent = "";
    var prefix = document.createElement("span");
    prefix.className = "docloc-visually-hidden";
    prefix.textContent = this.config.strings.errorPrefix;
    el.appendChild(prefix);
    el.appendChild(document.createTextNode(message));
    el.hidden = false;
    group.classList.add("docloc-form__group--error");
    var controls = this.controls(f);
    for (var i = 0; i < controls.length; i++) controls[i].setAttribute("aria-invalid", "true");
    var target = this.described(f);
    if (target) addToken(target, "aria-describedby", errorId);
    this.shown[f.id] = message;
  };

  Form.prototype.clearError = function (f) {
    var errorId = this.name + "-" + f.id + "-error";
    var el = document.getElementById(errorId);
    var group = this.group(f);
    if (el) {
      el.hidden = true;
      el.textContent = "";
    }
    if (group) group.classList.remove("docloc-form__group--error");
    var controls = this.controls(f);
    for (var i = 0; i < controls.length; i++) controls[i].removeAttribute("aria-invalid");
    var target = this.described(f);
    if (target) removeToken(target, "aria-describedby", errorId);
    delete this.shown[f.id];
  };

  /** Shows or clears the field's error for its current value. */
  Form.prototype.validate = function (f) {
    var message = this.problem(f);
    if (message) this.showError(f, message);
    else this.clearError(f);
    return message;
  };

  Form.prototype.errorsShown = function () {
    var self = this;
    return this.config.fields.filter(function (f) { return self.shown[f.id]; });
  };

  /** Re-renders the error summary from the errors beside the fields. */
  Form.prototype.renderSummary = function () {
    var errors = this.errorsShown();
    var list = this.summary.querySelector("ul");
    list.textContent = "";
    for (var i = 0; i < errors.length; i++) {
      var f = errors[i];
      var control = this.firstControl(f);
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = "#" + (control ? control.id : "");
      a.textContent = this.shown[f.id];
      li.appendChild(a);
      list.appendChild(li);
    }
    this.summary.hidden = errors.length === 0 || !this.summaryOpen;
    if (errors.length === 0) this.summaryOpen = false;
    document.title = errors.length ? this.config.strings.errorPrefix + this.baseTitle : this.baseTitle;
  };

  /** Shows and hides conditional sections and updates which fields are required. */
  Form.prototype.refresh = function () {
    var self = this;
    var inputs = this.form.querySelectorAll("input[aria-controls]");
    for (var i = 0; i < inputs.length; i++) {
      var section = document.getElementById(inputs[i].getAttribute("aria-controls"));
      if (section) section.classList.toggle("docloc-form__conditional--hidden", !inputs[i].checked);
    }
    this.config.fields.forEach(function (f) {
      if (!self.isShown(f) && self.shown[f.id]) self.clearError(f);
      if (!f.requiredWhen) return;
      var required = self.isRequired(f);
      var group = self.group(f);
      var marker = group && group.querySelector(".docloc-form__optional");
      if (marker) marker.hidden = required;
      var control = self.firstControl(f);
      if (control) {
        if (required) control.setAttribute("aria-required", "true");
        else control.removeAttribute("aria-required");
      }
      // A field whose requirement changed keeps an accurate message.
      if (self.shown[f.id]) self.validate(f);
    });
    this.renderChecklist();
  };

  /** Status of checklist item `n`: "complete", "incomplete" or "not-needed". */
  Form.prototype.itemStatus = function (n) {
    var self = this;
    var fields = this.config.fields.filter(function (f) { return f.checklist === n && self.isShown(f); });
    var needed = fields.some(function (f) { return self.isRequired(f) || self.value(f) !== ""; });
    if (!needed) return "not-needed";
    var ok = fields.every(function (f) { return self.problem(f) === null; });
    return ok ? "complete" : "incomplete";
  };

  Form.prototype.renderChecklist = function () {
    var strings = this.config.strings;
    var done = 0;
    var total = 0;
    for (var i = 0; i < this.config.items.length; i++) {
      var n = this.config.items[i];
      var status = this.itemStatus(n);
      var li = document.getElementById(this.name + "-checklist-" + n);
      if (status !== "not-needed") total++;
      if (status === "complete") done++;
      if (!li) continue;
      var tag = li.querySelector(".docloc-form__tag");
      li.setAttribute("data-status", status);
      tag.hidden = false;
      tag.textContent =
        status === "complete" ? strings.complete : status === "incomplete" ? strings.incomplete : strings.notNeeded;
    }
    var progress = this.root.querySelector(".docloc-form__progress");
    progress.hidden = false;
    progress.textContent = strings.progress.replace("{done}", String(done)).replace("{total}", String(total));
  };

  /** The values that apply, in schema order: what the JSON export holds. */
  Form.prototype.values = function (all) {
    var out = {};
    for (var i = 0; i < this.config.fields.length; i++) {
      var f = this.config.fields[i];
      if (!all && !this.isShown(f)) continue;
      var v = this.value(f);
      if (v !== "") out[f.id] = v;
    }
    return out;
  };

  Form.prototype.setValue = function (f, v) {
    var controls = this.controls(f);
    for (var i = 0; i < controls.length; i++) {
      if (f.type === "radios") controls[i].checked = controls[i].value === v;
      else if (i === 0) controls[i].value = v;
    }
  };

  Form.prototype.announce = function (text) {
    this.status.textContent = text;
  };

  Form.prototype.save = function () {
    var store = storage();
    if (!store || this.offerPending) return;
    var fields = this.values(true);
    try {
      if (Object.keys(fields).length === 0) store.removeItem(this.config.storageKey);
      else
        store.setItem(
          this.config.storageKey,
          JSON.stringify({ form: this.name, version: this.config.version, saved: new Date().toISOString(), fields: fields })
        );
    } catch (e) {
      // Storage full or refused: the form still works without a draft.
    }
  };

  Form.prototype.readDraft = function () {
    var store = storage();
    if (!store) return null;
    try {
      var draft = JSON.parse(store.getItem(this.config.storageKey) || "null");
      if (!draft || draft.version !== this.config.version || typeof draft.fields !== "object" || !draft.fields) return null;
      return Object.keys(draft.fields).length ? draft : null;
    } catch (e) {
      return null;
    }
  };

  Form.prototype.focusFirst = function () {
    var f = this.config.fields[0];
    var control = f && this.firstControl(f);
    if (control) control.focus();
  };

  Form.prototype.restore = function () {
    var draft = this.readDraft();
    if (draft) {
      for (var id in draft.fields) {
        if (Object.prototype.hasOwnProperty.call(this.byId, id) && typeof draft.fields[id] === "string") {
          this.setValue(this.byId[id], draft.fields[id]);
        }
      }
    }
    this.offerPending = false;
    this.banner.hidden = true;
    this.refresh();
    this.save();
    this.announce(this.config.strings.restored);
    this.focusFirst();
  };

  Form.prototype.discard = function () {
    var store = storage();
    try {
      if (store) store.removeItem(this.config.storageKey);
    } catch (e) {
      // Nothing to remove.
    }
    this.offerPending = false;
    this.banner.hidden = true;
    this.announce(this.config.strings.discarded);
    this.focusFirst();
  };

  Form.prototype.clear = function () {
    var self = this;
    this.form.reset();
    this.config.fields.forEach(function (f) { self.clearError(f); });
    this.summaryOpen = false;
    this.renderSummary();
    this.success.textContent = "";
    this.offerPending = false;
    this.banner.hidden = true;
    this.refresh();
    var store = storage();
    try {
      if (store) store.removeItem(this.config.storageKey);
    } catch (e) {
      // Nothing to remove.
    }
    this.announce(this.config.strings.cleared);
    this.focusFirst();
  };

  Form.prototype.submit = function () {
    var self = this;
    var first = null;
    this.config.fields.forEach(function (f) {
      if (self.validate(f) && !first) first = f;
    });
    this.summaryOpen = first !== null;
    this.renderSummary();
    if (first) {
      this.success.textContent = "";
      this.summary.focus();
    } else {
      this.success.textContent = this.config.strings.valid;
    }
  };

  Form.prototype.download = function () {
    var data = { form: this.name, version: this.config.version, locale: this.config.locale, fields: this.values(false) };
    var blob = new Blob([JSON.stringify(data) + "\n"], { type: "application/json" });
    var url = URL.createObjectURL(blob);
    var a = document.createElement("a");
    a.href = url;
    a.download = this.name + "-" + this.config.locale + ".json";
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  };

  /** A field's label without its "(optional)" marker. */
  Form.prototype.labelText = function (f) {
    var group = this.group(f);
    var label = group && group.querySelector(f.type === "radios" ? "legend" : "label");
    if (!label) return f.id;
    var copy = label.cloneNode(true);
    var marker = copy.querySelector(".docloc-form__optional");
    if (marker) marker.remove();
    return copy.textContent.trim();
  };

  Form.prototype.displayValue = function (f) {
    var v = this.value(f);
    if (f.type !== "radios") return v;
    var controls = this.controls(f);
    for (var i = 0; i < controls.length; i++) {
      if (controls[i].checked && controls[i].labels && controls[i].labels[0]) return controls[i].labels[0].textContent.trim();
    }
    return v;
  };

  /** Fills the print view: each checklist item, its status and its values. */
  Form.prototype.preparePrint = function () {
    var self = this;
    var title = this.print.querySelector("h3");
    this.print.textContent = "";
    if (title) this.print.appendChild(title);
    var any = false;
    this.config.items.forEach(function (n) {
      var li = document.getElementById(self.name + "-checklist-" + n);
      var section = document.createElement("section");
      var h = document.createElement("h4");
      var itemText = li ? li.querySelector(".docloc-form__item-text").textContent : String(n);
      var tag = li ? li.querySelector(".docloc-form__tag").textContent : "";
      h.textContent = n + ". " + itemText + (tag ? " \u2014 " + tag : "");
      section.appendChild(h);
      var dl = document.createElement("dl");
      self.config.fields.forEach(function (f) {
        if (f.checklist !== n || !self.isShown(f) || self.value(f) === "") return;
        any = true;
        var dt = document.createElement("dt");
        dt.textContent = self.labelText(f);
        var dd = document.createElement("dd");
        dd.textContent = self.displayValue(f);
        dl.appendChild(dt);
        dl.appendChild(dd);
      });
      if (dl.childNodes.length) section.appendChild(dl);
      self.print.appendChild(section);
    });
    this.root.classList.toggle("docloc-form--print-summary", any);
  };

  Form.prototype.start = function () {
    var self = this;
    // Radios reveal their conditional section; only scripts make that a relation.
    var controlling = this.form.querySelectorAll("input[data-aria-controls]");
    for (var i = 0; i < controlling.length; i++) {
      controlling[i].setAttribute("aria-controls", controlling[i].getAttribute("data-aria-controls"));
      controlling[i].removeAttribute("data-aria-controls");
    }
    var actions = this.form.querySelector(".docloc-form__actions");
    actions.hidden = false;
    var submit = actions.querySelector('button[type="submit"]');
    submit.disabled = false;

    this.form.addEventListener("submit", function (e) {
      e.preventDefault();
      self.submit();
    });
    this.form.addEventListener("input", function () {
      self.renderChecklist();
      self.save();
    });
    this.form.addEventListener("change", function (e) {
      var f = e.target && self.byId[e.target.name];
      if (f && f.type === "radios") {
        self.validate(f);
        // The other fields that depend on it may have changed meaning.
        self.config.fields.forEach(function (g) {
          if (g !== f && self.shown[g.id]) self.validate(g);
        });
      }
      self.refresh();
      if (self.summaryOpen || self.errorsShown().length) self.renderSummary();
      self.save();
    });
    this.form.addEventListener("focusout", function (e) {
      var f = e.target && self.byId[e.target.name];
      if (!f || f.type === "radios") return;
      // Check on leaving a field the reader filled in, or one already in error.
      if (self.value(f) !== "" || self.shown[f.id]) {
        self.validate(f);
        self.renderSummary();
        self.renderChecklist();
      }
    });
    this.summary.addEventListener("click", function (e) {
      var a = e.target && e.target.closest ? e.target.closest("a") : null;
      if (!a) return;
      var target = document.getElementById(a.getAttribute("href").slice(1));
      if (!target) return;
      e.preventDefault();
      var group = target.closest(".docloc-form__group");
      var legendOrLabel = group && (group.querySelector("legend") || group.querySelector("label"));
      if (legendOrLabel) legendOrLabel.scrollIntoView();
      target.focus({ preventScroll: true });
    });
    this.root.addEventListener("click", function (e) {
      var button = e.target && e.target.closest ? e.target.closest("button[data-action]") : null;
      if (!button) return;
      var action = button.getAttribute("data-action");
      if (action === "download") self.download();
      else if (action === "print") {
        self.preparePrint();
        window.print();
      } else if (action === "clear") self.clear();
      else if (action === "restore") self.restore();
      else if (action === "discard") self.discard();
    });
    window.addEventListener("beforeprint", function () { self.preparePrint(); });

    if (this.readDraft()) {
      this.offerPending = true;
      this.banner.hidden = false;
    }
    this.refresh();
  };

  function init() {
    var roots = document.querySelectorAll("[data-docloc-form]");
    for (var i = 0; i < roots.length; i++) {
      if (roots[i].getAttribute("data-docloc-ready")) continue;
      roots[i].setAttribute("data-docloc-ready", "true");
      try {
        new Form(roots[i]).start();
      } catch (e) {
        // A broken config leaves the plain, printable form in place.
        if (window.console) window.console.error(e);
      }
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
