/* Casa Matriz: base prices and their propagation, stations, alerts, the sales report and the latest sales. */
(function () {
    'use strict';
    const F = window.Fuelnet;
    const { el, pesos, litres } = F;
    const PRICE_CEILING = 100000;

    let current = null;
    let lastSeries = null;
    let charts;

    F.header('Casa Matriz', 'Red de combustibles · precios base, distribuidores y ventas');

    /* Prices and the edit form */

    function priceRows(prices) {
        const body = document.getElementById('price-rows');
        if (body.children.length === 0) {
            F.fill(body, F.FUELS.map(fuel => el('tr', {},
                el('td', {}, el('span', { class: 'badge', style: 'background:' + fuel.color + ';color:#fff' },
                    fuel.code === 'DIESEL' ? 'D' : fuel.code === 'KEROSENE' ? 'K' : fuel.code), ' ', fuel.name),
                el('td', { class: 'num', id: 'price-' + fuel.code }, '—'),
                el('td', { class: 'num' },
                    el('input', { class: 'price-input', id: 'new-price-' + fuel.code, name: fuel.code,
                        inputmode: 'numeric', placeholder: 'sin cambio', 'aria-label': 'Nuevo precio ' + fuel.name }),
                    el('div', { class: 'field-error', id: 'new-price-' + fuel.code + '-error' })))));
        }
        F.FUELS.forEach(fuel => F.fill('price-' + fuel.code, el('strong', {}, pesos(prices[fuel.code]))));
    }

    /** The prices typed in the form, or the errors to show beside each field. */
    function readPriceForm() {
        const prices = {};
        let errors = 0;
        F.FUELS.forEach(fuel => {
            const input = document.getElementById('new-price-' + fuel.code);
            const raw = input.value.replace(/[$.\s]/g, '');
            let error = '';
            if (raw !== '') {
                if (!/^\d+$/.test(raw)) {
                    error = 'Pesos enteros, sin decimales';
                } else if (Number(raw) < 1 || Number(raw) > PRICE_CEILING) {
                    error = 'Entre $1 y ' + pesos(PRICE_CEILING);
                } else {
                    prices[fuel.code] = Number(raw);
                }
            }
            input.classList.toggle('invalid', error !== '');
            document.getElementById('new-price-' + fuel.code + '-error').textContent = error;
            errors += error ? 1 : 0;
        });
        const when = document.getElementById('effective-at');
        let effectiveAt = null;
        let whenError = '';
        if (when.value) {
            const date = new Date(when.value);
            if (isNaN(date)) {
                whenError = 'Fecha no válida';
            } else if (date.getTime() <= Date.now()) {
                whenError = 'Debe ser en el futuro';
            } else {
                effectiveAt = date.toISOString();
            }
        }
        when.classList.toggle('invalid', whenError !== '');
        document.getElementById('effective-at-error').textContent = whenError;
        errors += whenError ? 1 : 0;
        return { prices, effectiveAt, errors };
    }

    async function publishPrices(event) {
        event.preventDefault();
        const { prices, effectiveAt, errors } = readPriceForm();
        if (errors) {
            F.message('price-message', 'Revise los campos marcados.', false);
            return;
        }
        if (Object.keys(prices).length === 0) {
            F.message('price-message', 'Escriba al menos un precio nuevo.', false);
            return;
        }
        const body = effectiveAt ? { prices, effectiveAt } : { prices };
        const button = document.getElementById('publish-prices');
        button.disabled = true;
        try {
            const answer = await F.api('PUT', '/api/prices', body);
            document.getElementById('price-form').reset();
            F.message('price-message', answer && answer.scheduleId
                ? 'Cambio programado para el ' + F.dateTime(answer.effectiveAt) + '.'
                : 'Versión ' + answer.version + ' publicada a los distribuidores.', true);
            refresh();
        } catch (e) {
            F.message('price-message', 'No se publicó: ' + e.message, false);
        } finally {
            button.disabled = false;
        }
    }

    document.getElementById('price-form').addEventListener('submit', publishPrices);
    document.getElementById('price-form').addEventListener('reset', () => {
        document.querySelectorAll('#price-form .field-error').forEach(node => { node.textContent = ''; });
        document.querySelectorAll('#price-form input').forEach(node => node.classList.remove('invalid'));
    });

    function pricesText(prices) {
        return Object.entries(prices || {}).map(([code, price]) => F.fuelName(code) + ' ' + pesos(price)).join(' · ');
    }

    const SCHEDULE_STATES = {
        PENDING: ['PROGRAMADO', 'info'], APPLIED: ['APLICADO', 'ok'], CANCELLED: ['ANULADO', 'bad']
    };

    function showSchedule(held) {
        const shown = (held || []).filter(h => h.status === 'PENDING').slice(0, 5);
        document.getElementById('scheduled-block').hidden = shown.length === 0;
        F.rows('scheduled-rows', shown, h => el('tr', {},
            el('td', {}, F.dateTime(h.effectiveAt)),
            el('td', {}, pricesText(h.prices)),
            el('td', {}, F.badge(...(SCHEDULE_STATES[h.status] || [h.status, 'info'])))));
    }

    /* Propagation of the current version */

    function showPropagation(view) {
        F.fill('propagation-version', String(view.version));
        F.fill('propagation-state', view.complete
            ? F.badge('COMPLETA', 'ok', { id: 'propagation-badge' })
            : F.badge('EN CURSO', 'warn', { id: 'propagation-badge' }));
        F.fill('kpi-acked', view.stationsAcked + ' de ' + view.stationsTotal);
        F.fill('kpi-applied', String(view.pumpsApplied));
        F.fill('kpi-pending', String(view.pumpsPending));
        F.rows('propagation-rows', view.stations, s => el('tr', {},
            el('td', {}, 'Distribuidor ' + s.stationId),
            el('td', {}, s.acked ? F.badge('SÍ', 'ok') : F.badge('NO', 'warn'), ' ',
                el('span', { class: 'muted' }, s.ackedAt ? F.time(s.ackedAt) : '')),
            el('td', {}, s.applied.length ? s.applied.join(', ') : '—'),
            el('td', {}, s.pending.length ? s.pending.map(p => F.badge(p, 'warn')) : '—')),
            'Sin distribuidores registrados');
    }

    /* Stations */

    function showStations(stations) {
        const online = stations.filter(s => s.connected).length;
        F.fill('stations-summary', online + ' de ' + stations.length + ' en línea');
        F.rows('station-rows', stations, s => {
            const pending = (s.pumps || []).filter(p => Object.keys(p.pendingPrices || {}).length > 0);
            const busy = (s.pumps || []).filter(p => p.state === 'DISPENSING').length;
            return el('tr', { 'data-station': s.stationId },
                el('td', {}, el('strong', {}, 'Distribuidor ' + s.stationId)),
                el('td', {}, s.connected ? F.badge('EN LÍNEA', 'ok') : F.badge('FUERA DE LÍNEA', 'bad'),
                    !s.connected && s.downReason ? el('div', { class: 'muted' }, s.downReason) : null),
                el('td', {}, F.ago(s.lastHeartbeat)),
                el('td', { class: 'num' }, F.markup(s.markup)),
                el('td', { class: 'num' }, s.priceVersion === current?.version ? String(s.priceVersion)
                    : F.badge(String(s.priceVersion ?? '—'), 'warn')),
                el('td', { class: 'num' }, (s.pumps || []).length + (busy ? ' (' + busy + ' en operación)' : '')),
                el('td', { class: 'num' }, pending.length ? F.badge(String(pending.length), 'warn') : '0'));
        }, 'Ningún distribuidor se ha conectado');
        const select = document.getElementById('report-station');
        const known = new Set([...select.options].map(o => o.value));
        stations.forEach(s => {
            if (!known.has(s.stationId)) {
                select.append(el('option', { value: s.stationId }, 'Distribuidor ' + s.stationId));
            }
        });
    }

    const ALERT_KINDS = {
        STATION_UP: ['CONECTADO', 'ok'], STATION_DOWN: ['CAÍDO', 'bad'], TOTALS_MISMATCH: ['DESCUADRE', 'warn'],
        TOTALS_MATCH: ['CUADRA', 'ok']
    };

    function showAlerts(alerts) {
        F.fill('alerts-count', alerts.length ? alerts.length + ' recientes' : '');
        const list = document.getElementById('alert-list');
        if (alerts.length === 0) {
            F.fill(list, el('li', { class: 'muted' }, 'Sin alertas'));
            return;
        }
        F.fill(list, alerts.slice(0, 30).map(a => el('li', {},
            el('span', { class: 'when' }, F.when(a.raisedAt)),
            el('span', {}, F.badge(...(ALERT_KINDS[a.kind] || [a.kind, 'warn'])), ' Distribuidor ', a.stationId,
                a.detail ? el('div', { class: 'muted' }, a.detail) : null))));
    }

    /* The sales report */

    function dayInput(date) {
        const local = new Date(date.getTime() - date.getTimezoneOffset() * 60000);
        return local.toISOString().substring(0, 10);
    }

    function reportQuery() {
        const from = document.getElementById('report-from').value;
        const to = document.getElementById('report-to').value;
        const params = new URLSearchParams();
        if (from) {
            params.set('from', new Date(from + 'T00:00:00').toISOString());
        }
        if (to) {
            const end = new Date(to + 'T00:00:00');
            end.setDate(end.getDate() + 1);
            params.set('to', end.toISOString());
        }
        const station = document.getElementById('report-station').value;
        if (station) {
            params.set('stationId', station);
        }
        return params;
    }

    function barChart(instance, names, values, colors, name) {
        instance.setOption({
            textStyle: F.CHART_TEXT,
            grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
            tooltip: { trigger: 'axis', valueFormatter: value => pesos(value) },
            xAxis: { type: 'category', data: names, axisLabel: { interval: 0, fontSize: 11 } },
            yAxis: { type: 'value', axisLabel: { formatter: value => pesos(value) } },
            series: [{ type: 'bar', name, barMaxWidth: 48,
                data: values.map((value, i) => ({ value, itemStyle: { color: colors[i % colors.length] } })),
                label: { show: true, position: 'top', fontSize: 11, formatter: p => p.value ? pesos(p.value) : '' } }]
        }, true);
    }

    /** Sales counted per hour (a range of up to two days) or per day, from the consolidated sales. */
    function timeSeries(sales, params) {
        const from = params.get('from') ? new Date(params.get('from')) : null;
        const to = params.get('to') ? new Date(params.get('to')) : new Date();
        const first = sales.length ? new Date(sales[sales.length - 1].timestamp) : to;
        const start = from || first;
        const hourly = to - start <= 2 * 86400000;
        const key = date => hourly
            ? dayInput(date) + ' ' + String(date.getHours()).padStart(2, '0') + ':00'
            : dayInput(date);
        const buckets = new Map();
        for (let t = new Date(start); t < to; t = new Date(t.getTime() + (hourly ? 3600000 : 86400000))) {
            buckets.set(key(t), { sales: 0, revenue: 0 });
        }
        sales.forEach(sale => {
            const bucket = buckets.get(key(new Date(sale.timestamp))) || { sales: 0, revenue: 0 };
            bucket.sales += 1;
            bucket.revenue += sale.total;
            buckets.set(key(new Date(sale.timestamp)), bucket);
        });
        const labels = [...buckets.keys()].sort();
        return { labels, sales: labels.map(l => buckets.get(l).sales), revenue: labels.map(l => buckets.get(l).revenue),
            hourly };
    }

    function showSeries(series) {
        charts.time.setOption({
            textStyle: F.CHART_TEXT,
            grid: { left: 8, right: 8, top: 30, bottom: 8, containLabel: true },
            legend: { top: 0, data: ['Recaudación', 'Ventas'] },
            tooltip: { trigger: 'axis' },
            xAxis: { type: 'category', data: series.labels,
                axisLabel: { fontSize: 10, formatter: l => series.hourly ? l.substring(11) : l.substring(5) } },
            yAxis: [{ type: 'value', axisLabel: { formatter: v => pesos(v) } },
                { type: 'value', minInterval: 1, splitLine: { show: false } }],
            series: [
                { name: 'Recaudación', type: 'line', areaStyle: { opacity: .15 }, data: series.revenue,
                    tooltip: { valueFormatter: v => pesos(v) }, color: '#0f4c81', symbolSize: 4 },
                { name: 'Ventas', type: 'bar', yAxisIndex: 1, data: series.sales, color: '#f59e0b', barMaxWidth: 14 }]
        }, true);
    }

    let reportKey = null;

    async function refreshReport(force) {
        const params = reportQuery();
        const report = await F.get('/api/reports/sales?' + params);
        const exportQuery = params.toString() ? '?' + params : '';
        document.getElementById('report-csv').href = '/api/reports/sales.csv' + exportQuery;
        document.getElementById('report-pdf').href = '/api/reports/sales.pdf' + exportQuery;
        F.fill('report-sales', String(report.total.sales));
        F.fill('report-litres', litres(report.total.litres, 1));
        F.fill('report-revenue', pesos(report.total.revenue));
        F.rows('report-fuel-rows', F.FUELS, fuel => {
            const line = report.byFuel[fuel.code] || { sales: 0, litres: 0, revenue: 0 };
            return el('tr', {}, el('td', {}, fuel.name), el('td', { class: 'num' }, String(line.sales)),
                el('td', { class: 'num' }, litres(line.litres)), el('td', { class: 'num' }, pesos(line.revenue)));
        });
        barChart(charts.fuel, F.FUELS.map(f => f.name), F.FUELS.map(f => (report.byFuel[f.code] || {}).revenue || 0),
            F.FUELS.map(f => f.color), 'Recaudación');
        const stations = Object.keys(report.byStation).sort((a, b) => a.localeCompare(b, 'es', { numeric: true }));
        barChart(charts.station, stations.map(s => 'Distribuidor ' + s), stations.map(s => report.byStation[s].revenue),
            ['#0f4c81', '#0891b2', '#7c3aed', '#db2777', '#65a30d'], 'Recaudación');
        const key = params.toString() + '|' + report.total.sales;
        if (force || key !== reportKey) {
            const sales = await F.get('/api/sales?limit=20000&' + params);
            lastSeries = timeSeries(sales, params);
            reportKey = key;
        }
        showSeries(lastSeries);
    }

    document.getElementById('report-form').addEventListener('submit', async event => {
        event.preventDefault();
        const from = document.getElementById('report-from').value;
        const to = document.getElementById('report-to').value;
        if (from && to && from > to) {
            F.message('report-message', '"Desde" debe ser anterior a "Hasta".', false);
            return;
        }
        try {
            await refreshReport(true);
            F.message('report-message', '', true);
        } catch (e) {
            F.message('report-message', e.message, false);
        }
    });

    /* Latest sales */

    let knownSales = null;

    function showSales(sales) {
        const seen = knownSales;
        knownSales = new Set(sales.map(s => s.saleId));
        const fresh = s => seen && !seen.has(s.saleId) ? 'fresh' : null;
        F.rows('sale-rows', sales, s => el('tr', { 'data-sale': s.saleId, class: fresh(s) },
            el('td', {}, F.when(s.timestamp)),
            el('td', {}, s.stationId),
            el('td', {}, s.pumpId),
            el('td', {}, F.fuelName(s.fuel)),
            el('td', { class: 'num' }, litres(s.litres)),
            el('td', { class: 'num' }, pesos(s.pricePerLitre)),
            el('td', { class: 'num' }, el('strong', {}, pesos(s.total)))), 'Aún no hay ventas consolidadas');
    }

    async function refresh() {
        const [prices, stations, alerts, sales, schedule] = await Promise.all([
            F.get('/api/prices'), F.get('/api/stations'), F.get('/api/alerts'), F.get('/api/sales?limit=20'),
            F.get('/api/prices/scheduled')]);
        current = prices;
        F.fill('price-version', 'versión ' + prices.version);
        priceRows(prices.prices);
        showSchedule(schedule);
        showStations(stations);
        showAlerts(alerts);
        showSales(sales);
        F.subtitle('Versión de precios ' + prices.version + ' · ' + stations.length + ' distribuidores');
        if (prices.version > 0) {
            showPropagation(await F.get('/api/prices/' + prices.version + '/propagation'));
        }
        await refreshReport(false);
    }

    window.addEventListener('DOMContentLoaded', () => {
        const today = new Date();
        document.getElementById('report-from').value = dayInput(today);
        document.getElementById('report-to').value = dayInput(today);
        charts = { fuel: F.chart('chart-fuel'), station: F.chart('chart-station'), time: F.chart('chart-time') };
        F.poll(refresh);
    });
})();
