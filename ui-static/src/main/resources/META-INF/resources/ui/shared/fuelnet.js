/*
 * What every dashboard shares: Chilean formats, calls to the node's JSON API (with the admin login when an action
 * asks for it), polling, the page header and small DOM helpers. Plain script, no build step.
 */
(function () {
    'use strict';

    const FUELS = [
        { code: '93', name: 'Gasolina 93', color: '#2e7d32' },
        { code: '95', name: 'Gasolina 95', color: '#1565c0' },
        { code: '97', name: 'Gasolina 97', color: '#6a1b9a' },
        { code: 'DIESEL', name: 'Diésel', color: '#ef6c00' },
        { code: 'KEROSENE', name: 'Kerosene', color: '#6d4c41' }
    ];
    const POLL_MS = 5000;
    const LOGIN_KEY = 'fuelnet.admin';

    function fuelName(code) {
        const fuel = FUELS.find(f => f.code === code);
        return fuel ? fuel.name : code;
    }

    function groupThousands(digits) {
        return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    }

    /** Whole pesos as $1.580 (dot thousands, no decimals). */
    function pesos(value) {
        if (value === null || value === undefined || value === '') {
            return '—';
        }
        const n = Math.round(Number(value));
        return (n < 0 ? '-$' : '$') + groupThousands(String(Math.abs(n)));
    }

    /** Litres as 45,000 L (decimal comma, dot thousands); the API sends them as numbers with three decimals. */
    function litres(value, decimals) {
        if (value === null || value === undefined || value === '') {
            return '—';
        }
        const fixed = Math.abs(Number(value)).toFixed(decimals === undefined ? 3 : decimals);
        const [whole, fraction] = fixed.split('.');
        return (Number(value) < 0 ? '-' : '') + groupThousands(whole) + (fraction ? ',' + fraction : '') + ' L';
    }

    function markup(value) {
        if (value === null || value === undefined) {
            return '—';
        }
        const percent = (Number(value) - 1) * 100;
        return String(Number(value)).replace('.', ',') + ' (' + (percent >= 0 ? '+' : '')
            + percent.toFixed(1).replace('.', ',') + ' %)';
    }

    function dateTime(value) {
        if (!value) {
            return '—';
        }
        const date = new Date(value);
        if (isNaN(date)) {
            return String(value);
        }
        return date.toLocaleString('es-CL', {
            day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit',
            hourCycle: 'h23'
        });
    }

    function time(value) {
        const date = value ? new Date(value) : new Date();
        return date.toLocaleTimeString('es-CL', {
            hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23'
        });
    }

    /** A time today, or a date and time for another day: short enough for a table cell. */
    function when(value) {
        if (!value) {
            return '—';
        }
        const date = new Date(value);
        if (date.toDateString() === new Date().toDateString()) {
            return time(value);
        }
        return date.toLocaleString('es-CL', {
            day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
        });
    }

    /** Seconds or minutes since an instant, in words. */
    function ago(value) {
        if (!value) {
            return 'nunca';
        }
        const seconds = Math.max(0, Math.round((Date.now() - new Date(value).getTime()) / 1000));
        if (seconds < 60) {
            return 'hace ' + seconds + ' s';
        }
        if (seconds < 3600) {
            return 'hace ' + Math.floor(seconds / 60) + ' min';
        }
        return dateTime(value);
    }

    /** Builds an element: el('td', {class: 'num'}, 'text', child). Text is always set as text, never as HTML. */
    function el(tag, attributes, ...children) {
        const node = document.createElement(tag);
        Object.entries(attributes || {}).forEach(([name, value]) => {
            if (value === null || value === undefined || value === false) {
                return;
            }
            if (name.startsWith('on')) {
                node.addEventListener(name.substring(2), value);
            } else {
                node.setAttribute(name, value === true ? '' : value);
            }
        });
        children.flat().forEach(child => {
            if (child !== null && child !== undefined && child !== false) {
                node.append(child instanceof Node ? child : String(child));
            }
        });
        return node;
    }

    function fill(target, ...children) {
        const node = typeof target === 'string' ? document.getElementById(target) : target;
        node.replaceChildren(...children.flat().filter(c => c !== null && c !== undefined && c !== false));
        return node;
    }

    /** A table body from rows, or one row saying there is nothing to show. */
    function rows(tbody, items, toRow, empty) {
        const body = typeof tbody === 'string' ? document.getElementById(tbody) : tbody;
        if (!items || items.length === 0) {
            const columns = body.closest('table').querySelectorAll('thead th').length || 1;
            fill(body, el('tr', { class: 'empty' }, el('td', { colspan: columns }, empty || 'Sin datos')));
        } else {
            fill(body, items.map(toRow));
        }
    }

    function badge(text, kind, attributes) {
        return el('span', Object.assign({ class: 'badge badge-' + kind }, attributes || {}), text);
    }

    /** A failed API call: the HTTP status and the node's own {"error": "..."} message. */
    class ApiError extends Error {
        constructor(status, message) {
            super(message);
            this.status = status;
        }
    }

    function authorization() {
        return sessionStorage.getItem(LOGIN_KEY);
    }

    async function call(method, path, body) {
        const headers = { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
        if (body !== undefined) {
            headers['Content-Type'] = 'application/json';
        }
        if (authorization()) {
            headers['Authorization'] = authorization();
        }
        let response;
        try {
            // No browser-kept credentials: the login goes in the header, and the browser never pops its own prompt.
            response = await fetch(path, {
                method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store',
                credentials: 'omit'
            });
        } catch (e) {
            throw new ApiError(0, 'El nodo no responde');
        }
        const text = await response.text();
        let json = null;
        try {
            json = text ? JSON.parse(text) : null;
        } catch (e) {
            json = null;
        }
        if (!response.ok) {
            const reason = json && json.error ? json.error : 'HTTP ' + response.status;
            throw new ApiError(response.status, reason);
        }
        return json;
    }

    /** An API call; an action refused for want of a login asks for it once and is tried again. */
    async function api(method, path, body) {
        try {
            return await call(method, path, body);
        } catch (e) {
            const login = e.status === 401 && method !== 'GET';
            if (login && await askLogin('Esta acción requiere la clave de administrador.')) {
                return call(method, path, body);
            }
            throw e;
        }
    }

    function get(path) {
        return api('GET', path);
    }

    /* The admin login: kept for this browser tab only, sent as HTTP Basic with every call. */
    let loginDialog;

    function loginDialogElement() {
        if (loginDialog) {
            return loginDialog;
        }
        const user = el('input', { id: 'login-user', name: 'user', autocomplete: 'username', required: true });
        const password = el('input', {
            id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true
        });
        const reason = el('p', { class: 'muted', id: 'login-reason' });
        loginDialog = el('dialog', { id: 'login-dialog' },
            el('form', { method: 'dialog', class: 'stack' },
                el('h2', {}, 'Ingreso de administrador'),
                reason,
                el('label', { for: 'login-user' }, 'Usuario'), user,
                el('label', { for: 'login-password' }, 'Clave'), password,
                el('div', { class: 'actions' },
                    el('button', { value: 'cancel', type: 'button', class: 'secondary',
                        onclick: () => loginDialog.close('cancel') }, 'Cancelar'),
                    el('button', { value: 'ok', id: 'login-submit', class: 'primary' }, 'Ingresar'))));
        document.body.append(loginDialog);
        return loginDialog;
    }

    function askLogin(reason) {
        const dialog = loginDialogElement();
        document.getElementById('login-reason').textContent = reason || '';
        return new Promise(resolve => {
            dialog.addEventListener('close', () => {
                if (dialog.returnValue === 'ok') {
                    const token = document.getElementById('login-user').value + ':'
                        + document.getElementById('login-password').value;
                    sessionStorage.setItem(LOGIN_KEY, 'Basic ' + btoa(unescape(encodeURIComponent(token))));
                    document.getElementById('login-password').value = '';
                    showLoginState();
                    resolve(true);
                } else {
                    resolve(false);
                }
            }, { once: true });
            dialog.returnValue = '';
            dialog.showModal();
        });
    }

    function showLoginState() {
        const button = document.getElementById('login-button');
        if (button) {
            button.textContent = authorization() ? 'Salir (admin)' : 'Ingresar';
        }
    }

    function toggleLogin() {
        if (authorization()) {
            sessionStorage.removeItem(LOGIN_KEY);
            showLoginState();
        } else {
            askLogin('Las acciones que cambian el nodo piden la clave de administrador.');
        }
    }

    /** The page header: tier, node, freshness, and links to the node's console and API. */
    function header(tier, subtitle) {
        const head = el('header', { class: 'topbar' },
            el('div', { class: 'brand' },
                el('img', { class: 'logo', src: '/ui/shared/pump.svg', alt: '' }),
                el('div', {},
                    el('h1', { id: 'page-title' }, tier),
                    el('div', { class: 'subtitle', id: 'page-subtitle' }, subtitle || ''))),
            el('nav', { class: 'links' },
                el('span', { id: 'freshness', class: 'freshness' }, 'Cargando…'),
                el('a', { href: '/actuator/hawtio/', id: 'console-link', target: '_blank', rel: 'noopener' },
                    'Consola'),
                el('a', { href: '/swagger-ui', id: 'api-link', target: '_blank', rel: 'noopener' }, 'API'),
                el('button', { id: 'login-button', class: 'link', type: 'button', onclick: toggleLogin }, 'Ingresar')));
        document.body.prepend(head);
        showLoginState();
    }

    function subtitle(text) {
        fill('page-subtitle', text);
    }

    function freshness(ok, detail) {
        const node = document.getElementById('freshness');
        if (!node) {
            return;
        }
        node.className = 'freshness ' + (ok ? 'ok' : 'stale');
        node.textContent = ok ? 'Actualizado ' + time() : 'Sin respuesta del nodo' + (detail ? ': ' + detail : '');
    }

    /**
     * Runs refresh now and then every 5 s (or sooner when it asks: it may answer a delay in ms, as a pump does
     * while it pours). A failure is shown in the header and polling goes on.
     */
    function poll(refresh) {
        let timer;
        let running = false;
        let again = false;
        async function tick() {
            if (running) {
                again = true;
                return;
            }
            running = true;
            clearTimeout(timer);
            let next = POLL_MS;
            try {
                const asked = await refresh();
                if (typeof asked === 'number') {
                    next = asked;
                }
                freshness(true);
            } catch (e) {
                freshness(false, e.message);
            }
            running = false;
            if (again) {
                again = false;
                next = 0;
            }
            timer = setTimeout(tick, next);
        }
        tick();
        return tick;
    }

    /** Shows a form's outcome under it: ok in green, an error in red. */
    function message(id, text, ok) {
        const node = document.getElementById(id);
        node.className = 'form-message ' + (ok ? 'ok' : 'error');
        node.textContent = text || '';
    }

    /** A chart in a container, resized with the window (ECharts, brought in as a WebJar). */
    function chart(id) {
        const node = document.getElementById(id);
        const instance = echarts.init(node, null, { renderer: 'svg' });
        window.addEventListener('resize', () => instance.resize());
        return instance;
    }

    const CHART_TEXT = { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', color: '#334155' };

    window.Fuelnet = {
        FUELS, fuelName, pesos, litres, markup, dateTime, time, when, ago, el, fill, rows, badge, api, get, header,
        subtitle, poll, message, chart, CHART_TEXT, askLogin, ApiError
    };
})();
