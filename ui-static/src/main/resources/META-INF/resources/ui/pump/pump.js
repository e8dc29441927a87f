/*
 * Surtidor: pick a fuel, preset litres or pesos, start and stop; live progress while pouring (polled every half
 * second then, every 5 s otherwise), the prices waiting for the pump to be free, and the day's counters.
 */
(function () {
    'use strict';
    const F = window.Fuelnet;
    const { el, pesos, litres } = F;
    const POURING_POLL_MS = 500;

    let pump = null;
    let selected = null;
    let pouring = null;

    F.header('Surtidor', 'Surtidor de combustible');

    function fuelButtons(view) {
        const box = document.getElementById('fuels');
        const pending = view.pendingPrices || {};
        if (!selected || view.prices[selected] === undefined) {
            selected = F.FUELS.map(f => f.code).find(code => view.prices[code] !== undefined) || null;
        }
        if (box.children.length === 0) {
            F.fill(box, F.FUELS.map(fuel => el('button', {
                type: 'button', class: 'fuel-button', 'data-fuel': fuel.code, style: 'border-left-color:' + fuel.color,
                onclick: () => { selected = fuel.code; fuelButtons(pump); }
            },
            el('span', { class: 'name' }, fuel.name),
            el('span', { class: 'price', id: 'price-' + fuel.code }),
            el('span', { class: 'pending', id: 'pending-' + fuel.code }))));
        }
        F.FUELS.forEach(fuel => {
            const price = view.prices[fuel.code];
            const button = box.querySelector('[data-fuel="' + fuel.code + '"]');
            button.setAttribute('aria-pressed', String(fuel.code === selected));
            button.disabled = price === undefined;
            F.fill('price-' + fuel.code, price === undefined ? 'sin precio' : pesos(price),
                price === undefined ? null : el('span', { class: 'per' }, ' /L'));
            const next = pending[fuel.code];
            const note = document.getElementById('pending-' + fuel.code);
            note.textContent = next === undefined ? '' : 'Próximo: ' + pesos(next);
            note.hidden = next === undefined;
        });
        const count = Object.keys(pending).length;
        const note = document.getElementById('pending-note');
        note.className = 'form-message pending-note';
        note.textContent = count
            ? count + (count === 1 ? ' precio nuevo espera' : ' precios nuevos esperan')
                + ' a que termine el despacho en curso; el despacho se cobra al precio con que empezó.'
            : '';
    }

    function showState(view) {
        const busy = view.state === 'DISPENSING';
        const state = document.getElementById('pump-state');
        state.textContent = busy ? 'EN_OPERACION' : 'LIBRE';
        state.className = 'badge badge-big ' + (busy ? 'badge-warn' : 'badge-ok');
        F.fill('station-link', view.stationLink === 'CONNECTED'
            ? F.badge('EN LÍNEA', 'ok', { id: 'link-state' }) : F.badge('SIN ENLACE', 'bad', { id: 'link-state' }));
        F.fill('unacked', view.unackedSales > 0 ? F.badge(String(view.unackedSales), 'warn') : '0');
        F.fill('last-seq', String(view.lastSeq));
        document.getElementById('start').disabled = busy;
        document.getElementById('stop').disabled = !busy;
    }

    function showFill(view) {
        const fill = view.fill;
        if (fill) {
            pouring = fill;
            F.fill('fill-fuel', F.fuelName(fill.fuel));
            F.fill('fill-litres', litres(fill.litres));
            F.fill('fill-amount', pesos(fill.amount));
            F.fill('fill-price', pesos(fill.pricePerLitre) + ' /L');
            const percent = Math.min(100, 100 * Number(fill.litres) / Number(fill.stopAtLitres || 1));
            document.getElementById('fill-progress').style.width = percent.toFixed(1) + '%';
        } else if (pouring) {
            document.getElementById('fill-progress').style.width = '100%';
            pouring = null;
        }
    }

    function showCounters(view) {
        const counters = view.counters || {};
        const totalizers = view.totalizers || {};
        let sales = 0;
        let amount = 0;
        F.rows('counter-rows', F.FUELS, fuel => {
            const counter = counters[fuel.code] || { sales: 0, litres: 0, amount: 0 };
            sales += Number(counter.sales);
            amount += Number(counter.amount);
            return el('tr', { 'data-fuel': fuel.code },
                el('td', {}, fuel.name),
                el('td', { class: 'num' }, String(counter.sales)),
                el('td', { class: 'num' }, litres(counter.litres)),
                el('td', { class: 'num' }, pesos(counter.amount)),
                el('td', { class: 'num muted hide-phone' }, litres(totalizers[fuel.code] || 0)));
        });
        F.fill('counters-total', sales + ' ventas · ' + pesos(amount));
    }

    function showReceipt(sale) {
        F.fill('fill-fuel', F.fuelName(sale.fuel));
        F.fill('fill-litres', litres(sale.litres));
        F.fill('fill-amount', pesos(sale.total));
        F.fill('fill-price', pesos(sale.pricePerLitre) + ' /L');
        document.getElementById('fill-progress').style.width = '100%';
        F.fill('receipt', el('table', { id: 'receipt-table', 'data-sale': sale.saleId }, el('tbody', {},
            el('tr', {}, el('th', {}, 'Venta n.º'), el('td', { class: 'num' }, String(sale.seq))),
            el('tr', {}, el('th', {}, 'Combustible'), el('td', { class: 'num' }, F.fuelName(sale.fuel))),
            el('tr', {}, el('th', {}, 'Litros'), el('td', { class: 'num' }, litres(sale.litres))),
            el('tr', {}, el('th', {}, 'Precio'), el('td', { class: 'num' }, pesos(sale.pricePerLitre) + ' /L')),
            el('tr', {}, el('th', {}, 'Total'), el('td', { class: 'num', id: 'receipt-total' },
                el('strong', {}, pesos(sale.total)))),
            el('tr', {}, el('th', {}, 'Hora'), el('td', { class: 'num' }, F.time(sale.timestamp))),
            el('tr', {}, el('th', {}, 'Distribuidor'), el('td', { class: 'num' },
                sale.acknowledged ? F.badge('RECIBIDA', 'ok') : F.badge('POR ENVIAR', 'warn'))))));
        document.getElementById('receipt').classList.remove('muted');
    }

    /* Starting and stopping */

    function presetKind() {
        return document.querySelector('input[name="preset"]:checked').value;
    }

    function presetChanged() {
        const kind = presetKind();
        const amount = document.getElementById('amount');
        F.fill('amount-label', kind === 'pesos' ? 'Pesos' : kind === 'litres' ? 'Litros' : 'Sin preselección');
        amount.disabled = kind === 'none';
        amount.placeholder = kind === 'pesos' ? 'ej. 20.000' : kind === 'litres' ? 'ej. 40' : 'hasta detener';
    }

    document.querySelectorAll('input[name="preset"]').forEach(radio => radio.addEventListener('change', presetChanged));

    /** The request body for the chosen fuel and preset, or null after showing what is wrong. */
    function request() {
        const kind = presetKind();
        const input = document.getElementById('amount');
        const raw = input.value.trim();
        let error = '';
        const body = { fuel: selected };
        if (!selected) {
            error = 'Elija un combustible con precio';
        } else if (kind === 'litres') {
            const value = Number(raw.replace(/\./g, '').replace(',', '.'));
            if (!raw || !isFinite(value) || value <= 0) {
                error = 'Litros mayores que 0 (use coma decimal)';
            } else {
                body.litres = value;
            }
        } else if (kind === 'pesos') {
            const value = raw.replace(/[$.\s]/g, '');
            if (!/^\d+$/.test(value) || Number(value) <= 0) {
                error = 'Pesos enteros mayores que 0';
            } else {
                body.pesos = Number(value);
            }
        }
        input.classList.toggle('invalid', error !== '');
        document.getElementById('amount-error').textContent = error;
        return error ? null : body;
    }

    document.getElementById('dispense-form').addEventListener('submit', async event => {
        event.preventDefault();
        const body = request();
        if (!body) {
            return;
        }
        document.getElementById('start').disabled = true;
        F.message('dispense-message', 'Despachando ' + F.fuelName(body.fuel) + '…', true);
        const preset = body.litres !== undefined || body.pesos !== undefined;
        try {
            if (preset) {
                const sale = F.api('POST', '/api/dispense', body);
                setTimeout(refreshNow, 150);
                const done = await sale;
                showReceipt(done);
                F.message('dispense-message',
                    'Venta terminada: ' + litres(done.litres) + ' por ' + pesos(done.total) + '.', true);
            } else {
                await F.api('POST', '/api/dispense/start', body);
            }
        } catch (e) {
            F.message('dispense-message', 'No se pudo despachar: ' + e.message, false);
        } finally {
            refreshNow();
        }
    });

    document.getElementById('stop').addEventListener('click', async () => {
        document.getElementById('stop').disabled = true;
        try {
            const sale = await F.api('POST', '/api/dispense/stop');
            showReceipt(sale);
            F.message('dispense-message',
                'Despacho detenido: ' + litres(sale.litres) + ' por ' + pesos(sale.total) + '.', true);
        } catch (e) {
            F.message('dispense-message', 'No se pudo detener: ' + e.message, false);
        } finally {
            refreshNow();
        }
    });

    async function refresh() {
        const view = await F.get('/api/pump');
        pump = view;
        document.title = 'Surtidor ' + view.pumpId + ' · Red de combustibles';
        F.fill('page-title', 'Surtidor ' + view.pumpId);
        F.subtitle('Distribuidor ' + view.stationId + ' · versión de precios ' + view.priceVersion);
        F.fill('price-version', 'versión ' + view.priceVersion);
        fuelButtons(view);
        showState(view);
        showFill(view);
        showCounters(view);
        return view.state === 'DISPENSING' ? POURING_POLL_MS : undefined;
    }

    let refreshNow = () => {};

    window.addEventListener('DOMContentLoaded', () => {
        presetChanged();
        refreshNow = F.poll(refresh);
    });
})();
