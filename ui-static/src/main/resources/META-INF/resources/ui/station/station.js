/* Distribuidor: the link to HQ, prices and markup, the pumps, today's litres, sales, price history and backups. */
(function () {
    'use strict';
    const F = window.Fuelnet;
    const { el, pesos, litres } = F;
    const MAX_MARKUP = 10;
    const TODAY_SALES_LIMIT = 5000;

    let chart;
    let salesCount = null;
    let stationId = '';

    F.header('Distribuidor', 'Estación de servicio');

    /* The link to HQ and the two actions */

    function showStation(station) {
        stationId = station.stationId;
        document.title = 'Distribuidor ' + station.stationId + ' · Red de combustibles';
        F.fill('page-title', 'Distribuidor ' + station.stationId);
        F.subtitle('Margen ' + F.markup(station.markup) + ' · versión de precios ' + station.priceVersion);
        F.fill('hq-link', station.hqLink === 'ONLINE'
            ? F.badge('EN LÍNEA', 'ok', { id: 'hq-link-state', class: 'badge badge-ok badge-big' })
            : F.badge('AUTÓNOMO', 'bad', { id: 'hq-link-state', class: 'badge badge-bad badge-big' }));
        F.fill('unsynced', station.unsynced > 0 ? F.badge(String(station.unsynced), 'warn') : '0');
        F.fill('last-sync', station.lastSync ? F.dateTime(station.lastSync) : 'nunca');
        F.fill('total-sales', String(station.totals ? station.totals.sales : '—'));
        F.fill('total-amount', pesos(station.totals ? station.totals.amount : null));
        F.fill('markup-current', 'Actual: ' + F.markup(station.markup));
    }

    async function action(button, method, path, done) {
        button.disabled = true;
        F.message('action-message', 'Enviando…', true);
        try {
            const answer = await F.api(method, path);
            F.message('action-message', done(answer), true);
            refresh();
        } catch (e) {
            F.message('action-message', 'No se pudo: ' + e.message, false);
        } finally {
            button.disabled = false;
        }
    }

    document.getElementById('sync-now').addEventListener('click', event => action(event.target, 'POST', '/api/sync',
        answer => answer && answer.unsynced > 0
            ? 'Sincronización pedida; quedan ' + answer.unsynced + ' ventas por confirmar.'
            : 'Sincronización pedida; no quedan ventas pendientes.'));
    document.getElementById('backup-now').addEventListener('click', event => action(event.target, 'POST',
        '/api/backups', answer => 'Respaldo creado (' + (answer.verdict === 'ok' ? 'verificado' : answer.verdict)
            + ', ' + answer.sales + ' ventas).'));

    /* Prices and the markup editor */

    function showPrices(prices) {
        F.fill('price-version', 'versión ' + prices.version);
        F.rows('price-rows', F.FUELS, fuel => el('tr', {},
            el('td', {}, fuel.name),
            el('td', { class: 'num' }, pesos(prices.base[fuel.code])),
            el('td', { class: 'num', id: 'effective-' + fuel.code },
                el('strong', {}, pesos(prices.effective[fuel.code])))));
    }

    document.getElementById('markup-form').addEventListener('submit', async event => {
        event.preventDefault();
        const input = document.getElementById('markup');
        const raw = input.value.trim().replace(',', '.');
        const value = Number(raw);
        let error = '';
        if (!/^\d+(\.\d+)?$/.test(raw)) {
            error = 'Escriba un factor como 1,05';
        } else if (value <= 0 || value > MAX_MARKUP) {
            error = 'Debe ser mayor que 0 y a lo más ' + MAX_MARKUP;
        }
        input.classList.toggle('invalid', error !== '');
        document.getElementById('markup-error').textContent = error;
        if (error) {
            return;
        }
        try {
            const prices = await F.api('PUT', '/api/markup', { markup: value });
            input.value = '';
            F.message('markup-message', 'Margen ' + F.markup(prices.markup)
                + ' aplicado; precios enviados a los surtidores.', true);
            refresh();
        } catch (e) {
            F.message('markup-message', 'No se guardó: ' + e.message, false);
        }
    });

    /* The pumps */

    function pumpCard(pump) {
        const busy = pump.state === 'DISPENSING';
        const pending = pump.pendingPrices || {};
        const counters = pump.counters || {};
        return el('article', { class: 'pump' + (busy ? ' busy' : '') + (pump.connected ? '' : ' offline'),
            'data-pump': pump.pumpId },
            el('header', {},
                el('h3', {}, 'Surtidor ' + pump.pumpId),
                el('span', {},
                    busy ? F.badge('EN_OPERACION', 'warn', { class: 'badge badge-warn state' })
                        : F.badge('LIBRE', 'ok', { class: 'badge badge-ok state' }),
                    ' ', pump.connected ? '' : F.badge('SIN ENLACE', 'bad'))),
            el('table', {},
                el('thead', {}, el('tr', {}, el('th', {}, 'Comb.'), el('th', { class: 'num' }, 'Precio'),
                    el('th', { class: 'num' }, 'Litros'), el('th', { class: 'num' }, 'Ventas'))),
                el('tbody', {}, F.FUELS.map(fuel => {
                    const counter = counters[fuel.code] || { litres: 0, sales: 0 };
                    return el('tr', {},
                        el('td', {}, fuel.name.replace('Gasolina ', '')),
                        el('td', { class: 'num' }, pesos(pump.prices[fuel.code]),
                            pending[fuel.code] !== undefined
                                ? el('div', { class: 'new-price pending' }, '→ ' + pesos(pending[fuel.code])) : null),
                        el('td', { class: 'num' }, litres(counter.litres, 1)),
                        el('td', { class: 'num' }, String(counter.sales)));
                }))),
            el('div', { class: 'muted', style: 'font-size:.8rem;margin-top:.3rem' },
                'Versión ' + pump.priceVersion
                + (Object.keys(pending).length ? ' · precios pendientes hasta quedar LIBRE' : '')));
    }

    function showPumps(pumps) {
        const busy = pumps.filter(p => p.state === 'DISPENSING').length;
        const offline = pumps.filter(p => !p.connected).length;
        F.fill('pumps-summary', pumps.length + ' surtidores · ' + busy + ' en operación'
            + (offline ? ' · ' + offline + ' sin enlace' : ''));
        const box = document.getElementById('pumps');
        if (pumps.length === 0) {
            F.fill(box, el('p', { class: 'muted' }, 'Ningún surtidor se ha conectado.'));
        } else {
            F.fill(box, pumps.map(pumpCard));
        }
    }

    /* Today's litres per pump and fuel, from the sales stored today */

    function startOfToday() {
        const now = new Date();
        return new Date(now.getFullYear(), now.getMonth(), now.getDate());
    }

    async function showToday(pumps) {
        const sales = await F.get('/api/sales?limit=' + TODAY_SALES_LIMIT);
        const since = startOfToday();
        const today = sales.filter(s => new Date(s.timestamp) >= since);
        const pumpIds = [...new Set([...pumps.map(p => p.pumpId), ...today.map(s => s.pumpId)])]
            .sort((a, b) => a.localeCompare(b, 'es', { numeric: true }));
        const sums = {};
        today.forEach(s => {
            const key = s.pumpId + '|' + s.fuel;
            sums[key] = (sums[key] || 0) + Number(s.litres);
        });
        F.fill('chart-note', today.length + ' ventas hoy'
            + (sales.length === TODAY_SALES_LIMIT ? ' (últimas ' + TODAY_SALES_LIMIT + ')' : ''));
        chart.setOption({
            textStyle: F.CHART_TEXT,
            grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
            legend: { top: 0 },
            tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: v => litres(v, 1) },
            xAxis: { type: 'category', data: pumpIds.map(id => 'Surtidor ' + id) },
            yAxis: { type: 'value', axisLabel: { formatter: v => litres(v, 0) } },
            series: F.FUELS.map(fuel => ({
                name: fuel.name, type: 'bar', stack: 'litros', color: fuel.color, barMaxWidth: 56,
                data: pumpIds.map(id => Math.round((sums[id + '|' + fuel.code] || 0) * 1000) / 1000)
            }))
        }, true);
    }

    /* Sales, price history, backups */

    function showSales(sales) {
        F.rows('sale-rows', sales.slice(0, 15), s => el('tr', { 'data-sale': s.saleId },
            el('td', {}, F.when(s.timestamp)),
            el('td', {}, s.pumpId),
            el('td', {}, F.fuelName(s.fuel)),
            el('td', { class: 'num' }, litres(s.litres)),
            el('td', { class: 'num' }, el('strong', {}, pesos(s.total))),
            el('td', {}, s.synced ? F.badge('SINCRONIZADA', 'ok') : F.badge('PENDIENTE', 'warn'))),
            'Aún no hay ventas');
    }

    const KINDS = { BASE: 'Base', EFFECTIVE: 'Al público', MARKUP: 'Margen' };
    const ORIGINS = { HQ: 'Casa Matriz', LOCAL: 'Local' };

    function historyValue(entry, value) {
        if (value === null || value === undefined) {
            return '—';
        }
        return entry.kind === 'MARKUP' ? String(value).replace('.', ',') : pesos(value);
    }

    function showHistory(history) {
        F.rows('history-rows', history, h => el('tr', {},
            el('td', {}, F.when(h.timestamp)),
            el('td', {}, h.fuel ? F.fuelName(h.fuel) : 'Todos'),
            el('td', {}, KINDS[h.kind] || h.kind),
            el('td', { class: 'num' }, historyValue(h, h.oldValue)),
            el('td', { class: 'num' }, el('strong', {}, historyValue(h, h.newValue))),
            el('td', { class: 'num hide-phone' }, String(h.version)),
            el('td', { class: 'hide-phone' }, ORIGINS[h.origin] || h.origin)), 'Sin cambios registrados');
    }

    function size(bytes) {
        return bytes >= 1048576 ? (bytes / 1048576).toFixed(1).replace('.', ',') + ' MB'
            : Math.round(bytes / 1024) + ' KB';
    }

    function showBackups(backups) {
        const list = [...backups].sort((a, b) => String(b.takenAt).localeCompare(String(a.takenAt)));
        F.fill('backups-summary', list.length ? list.length + ' guardados' : '');
        F.rows('backup-rows', list.slice(0, 10), b => el('tr', {},
            el('td', {}, F.when(b.takenAt)),
            el('td', { class: 'num' }, size(b.sizeBytes)),
            el('td', { class: 'num' }, String(b.sales)),
            el('td', {}, b.verdict === 'ok' ? F.badge('VERIFICADO', 'ok') : F.badge(String(b.verdict), 'bad'))),
            'Aún no hay respaldos');
    }

    async function optional(path) {
        try {
            return await F.get(path);
        } catch (e) {
            return null;
        }
    }

    async function refresh() {
        const [station, prices, pumps, sales, history, backups] = await Promise.all([
            F.get('/api/station'), F.get('/api/prices'), F.get('/api/pumps'), F.get('/api/sales?limit=15'),
            F.get('/api/price-history?limit=20'), optional('/api/backups')]);
        showStation(station);
        showPrices(prices);
        showPumps(pumps);
        showSales(sales);
        showHistory(history);
        if (backups) {
            showBackups(backups);
        }
        const count = station.totals ? station.totals.sales : null;
        if (count !== salesCount || salesCount === null) {
            await showToday(pumps);
            salesCount = count;
        }
    }

    window.addEventListener('DOMContentLoaded', () => {
        chart = F.chart('chart-litres');
        F.poll(refresh);
    });
})();
